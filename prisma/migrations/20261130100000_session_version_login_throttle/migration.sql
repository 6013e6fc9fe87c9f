-- Session cookies carry the user's session version; raising it ends every older session.
ALTER TABLE "User" ADD COLUMN "sessionVersion" INTEGER NOT NULL DEFAULT 0;

-- Failed sign-in counters (rate-limiter-flexible's PostgreSQL store layout).
CREATE TABLE "login_throttle" (
    "key" VARCHAR(255) NOT NULL,
    "points" INTEGER NOT NULL DEFAULT 0,
    "expire" BIGINT,
    CONSTRAINT "login_throttle_pkey" PRIMARY KEY ("key")
);
