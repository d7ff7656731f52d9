import Link from "next/link";
import { Notice } from "@/components/ui/card";
import { t } from "@/lib/i18n/t";
import { committee } from "@/lib/i18n/vi/committee";

/**
 * Issue #18 §5: for the ministry (a national reader), which province's programme it is reading (read-only), or
 * where to choose one; nothing when `province` is undefined (any other role: `getReadingProvince`).
 */
export function ReadingProvince({ province }: { province: { name: string } | null | undefined }) {
  if (province === undefined) return null;
  const text = committee.ministry;
  return (
    <div className="mb-4" data-testid="reading-province">
      <Notice>
        {province ? t(text.reading, { province: province.name }) : text.chooseProvince}{" "}
        <Link className="underline" href="/ministry">
          {text.navNational}
        </Link>
      </Notice>
    </div>
  );
}
