import { z } from "zod";

/** An uploaded .xlsx, base64 (the same limit as the monthly Excel import). */
export const SheetUploadSchema = z.object({
  fileBase64: z.string().min(1, "Chọn tệp Excel.").max(8_000_000, "Tệp quá lớn."),
});
