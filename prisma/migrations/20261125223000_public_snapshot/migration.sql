-- What readers see of a claim, frozen when its verdict is published (approved, or published alone by
-- an admin). While a correction of a published verdict is in review, the verdict page keeps showing
-- this last approved version instead of disappearing; unpublishing or sending the correction back
-- clears it.
ALTER TABLE "Claim" ADD COLUMN "publicSnapshot" JSONB;
