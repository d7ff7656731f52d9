-- AlterTable
ALTER TABLE "User" ADD COLUMN     "position" TEXT;
