import { z } from "zod";
import { defineApiContract } from "@/lib/contracts/define-contract";

export const getOpenApiContract = defineApiContract({
  method: "GET",
  path: "/api/v1/openapi.json",
  auth: "public",
  summary: "This document",
  permission: null,
  output: z.record(z.string(), z.unknown()),
});
