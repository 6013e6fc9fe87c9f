-- Signing out ends the session on the server too: its id is kept until the cookie would have expired.
CREATE TABLE "EndedSession" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "endedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "EndedSession_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "EndedSession_userId_idx" ON "EndedSession"("userId");
CREATE INDEX "EndedSession_expiresAt_idx" ON "EndedSession"("expiresAt");
ALTER TABLE "EndedSession" ADD CONSTRAINT "EndedSession_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
