import { POST as reportsPOST } from "@/app/api/v1/monthly-reports/route";

type Handler = (req: Request, ctx: { params: Promise<object> }) => Promise<Response>;

/** POST /api/v1/monthly-reports with a bearer token, through the route handler itself: status and JSON body. */
export async function postMonthlyReport(token: string, body: unknown) {
  const req = new Request("http://localhost/api/v1/monthly-reports", {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  const res = await (reportsPOST as unknown as Handler)(req, { params: Promise.resolve({}) });
  return {
    status: res.status,
    body: (await res.json()) as { error?: { message: string; fields?: Record<string, string> } },
  };
}
