-- The editor's interface language. NULL means "not chosen": the desk then follows the browser's
-- language and DEFAULT_LOCALE, like the login page. Values are checked by the application
-- (lib/i18n/locales.ts), not here, so adding a language needs no migration.
ALTER TABLE "User" ADD COLUMN "locale" TEXT;
