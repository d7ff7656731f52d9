-- CreateEnum
CREATE TYPE "IndicatorAggregation" AS ENUM ('SUM', 'LAST');

-- AlterEnum
ALTER TYPE "IndicatorKind" ADD VALUE 'REDUCTION';

-- AlterTable
ALTER TABLE "Indicator" ADD COLUMN     "aggregation" "IndicatorAggregation" NOT NULL DEFAULT 'SUM';
