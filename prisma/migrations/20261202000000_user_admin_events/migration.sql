-- User administration audit log: role changes, disabling and enabling, password resets, new accounts.
CREATE TYPE "UserAdminEventKind" AS ENUM ('CREATED', 'ROLE_CHANGED', 'DISABLED', 'ENABLED', 'PASSWORD_RESET');

CREATE TABLE "UserAdminEvent" (
    "id" TEXT NOT NULL,
    "actorId" TEXT NOT NULL,
    "targetId" TEXT NOT NULL,
    "kind" "UserAdminEventKind" NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "UserAdminEvent_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "UserAdminEvent_at_idx" ON "UserAdminEvent"("at");

CREATE INDEX "UserAdminEvent_targetId_at_idx" ON "UserAdminEvent"("targetId", "at");

ALTER TABLE "UserAdminEvent" ADD CONSTRAINT "UserAdminEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

ALTER TABLE "UserAdminEvent" ADD CONSTRAINT "UserAdminEvent_targetId_fkey" FOREIGN KEY ("targetId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Append-only, like ClaimEvent: an audit log that can be edited proves nothing.
CREATE FUNCTION "user_admin_event_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'UserAdminEvent is append-only: % is not allowed', TG_OP;
END;
$$;

CREATE TRIGGER "UserAdminEvent_append_only" BEFORE UPDATE OR DELETE ON "UserAdminEvent"
  FOR EACH ROW EXECUTE FUNCTION "user_admin_event_append_only"();
