import type { ReactNode } from "react";

/** A plain responsive table: horizontal scroll on phones, header row from `head`. */
export function Table({ head, children, caption }: { head: ReactNode[]; children: ReactNode; caption?: string }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        {caption ? <caption className="sr-only">{caption}</caption> : null}
        <thead className="border-b text-slate-600">
          <tr>
            {head.map((h, i) => (
              <th key={i} scope="col" className="py-2 pr-3">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="[&>tr]:border-b [&>tr:last-child]:border-0 [&_td]:py-2 [&_td]:pr-3 [&_td]:align-top">
          {children}
        </tbody>
      </table>
    </div>
  );
}
