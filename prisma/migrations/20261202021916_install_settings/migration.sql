-- CreateTable
CREATE TABLE "InstallSetting" (
    "key" TEXT NOT NULL,
    "value" TEXT NOT NULL,

    CONSTRAINT "InstallSetting_pkey" PRIMARY KEY ("key")
);

