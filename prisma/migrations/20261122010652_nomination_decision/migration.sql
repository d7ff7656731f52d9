-- AlterTable
ALTER TABLE "Nomination" ADD COLUMN     "decidedAt" TIMESTAMP(3),
ADD COLUMN     "decisionReason" TEXT;
