-- The public site's own texts (about, methodology, corrections policy), one row, and their audit log.
CREATE TABLE "SiteSettings" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "about" TEXT NOT NULL DEFAULT '',
    "contactEmail" TEXT NOT NULL DEFAULT '',
    "ownership" TEXT NOT NULL DEFAULT '',
    "funding" TEXT NOT NULL DEFAULT '',
    "methodology" TEXT NOT NULL DEFAULT '',
    "correctionsPolicy" TEXT NOT NULL DEFAULT '',
    "logoUrl" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SiteSettings_pkey" PRIMARY KEY ("id"),
    -- One row: the site has one set of texts.
    CONSTRAINT "SiteSettings_one_row" CHECK ("id" = 1)
);

CREATE TABLE "SiteSettingsEvent" (
    "id" TEXT NOT NULL,
    "actorId" TEXT NOT NULL,
    "before" JSONB NOT NULL,
    "after" JSONB NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SiteSettingsEvent_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "SiteSettingsEvent_at_idx" ON "SiteSettingsEvent"("at");

ALTER TABLE "SiteSettingsEvent" ADD CONSTRAINT "SiteSettingsEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Append-only, like the other audit logs.
CREATE FUNCTION "site_settings_event_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'SiteSettingsEvent is append-only: % is not allowed', TG_OP;
END;
$$;

CREATE TRIGGER "SiteSettingsEvent_append_only" BEFORE UPDATE OR DELETE ON "SiteSettingsEvent"
  FOR EACH ROW EXECUTE FUNCTION "site_settings_event_append_only"();

-- The one row exists from the start (empty texts show nothing), so every save is an update.
INSERT INTO "SiteSettings" ("id") VALUES (1);
