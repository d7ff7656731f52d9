-- CreateTable
CREATE TABLE "DocumentSettings" (
    "id" UUID NOT NULL,
    "provinceId" UUID NOT NULL,
    "issuerLines" TEXT[],
    "placeName" TEXT NOT NULL,
    "signatoryAuthority" TEXT NOT NULL DEFAULT '',
    "signatoryTitle" TEXT NOT NULL,
    "signatoryName" TEXT NOT NULL DEFAULT '',
    "recipients" TEXT[],
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DocumentSettings_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "DocumentSettings_provinceId_key" ON "DocumentSettings"("provinceId");
