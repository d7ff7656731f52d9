import { requireActor } from "@/lib/authz/access";
import { downloadError, xlsxResponse } from "@/lib/server/http-download";
import { bulkUsersTemplate } from "@/lib/server/users/bulk-users-template";

export const dynamic = "force-dynamic";

/** The bulk account-creation template (no data of any unit). */
export async function GET() {
  try {
    await requireActor("user.manage");
    return xlsxResponse(await bulkUsersTemplate(), "mau-tai-khoan.xlsx");
  } catch (error) {
    return downloadError(error);
  }
}
