-- CreateEnum
CREATE TYPE "RequestSource" AS ENUM ('ACTION', 'SESSION_ROUTE', 'API', 'SCRIPT');

-- AlterTable
ALTER TABLE "AuditLog" ADD COLUMN     "requestSource" "RequestSource";
