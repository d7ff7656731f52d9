// Names of the levels below the province, for a province's depth (domain.md §8, the 2025 reform: from 01/07/2025
// provinces have 2 levels, province and commune; before, 3 with districts). In a 2-level province the commune's
// steering committee takes the district committee's part in the cycle (it surveys, proposes, reviews), so texts
// must name it for its level ("Ban Chỉ đạo cấp xã"), and a printed list has no "Đơn vị cấp huyện" column.

/** 3: province → district → commune; 2: province → commune. */
export type ProvinceDepth = 2 | 3;

export interface LevelNames {
  /** The level that proposes and reviews communes: "cấp huyện" or "cấp xã". */
  proposerLevel: string;
  /** Its committee: "Ban Chỉ đạo cấp huyện" or "Ban Chỉ đạo cấp xã". */
  proposerCommittee: string;
  /** The committees below the province, as a decision's article 2 names them. */
  localCommittees: string;
  /** The district column of a printed list, or null when the province has no districts. */
  districtColumn: string | null;
}

/**
 * The depth of a province from whether it has (in force on the day considered) any district-level unit;
 * the depth of an actor's province from the level of the unit holding the district committee's role.
 */
export function provinceDepth(hasDistricts: boolean): ProvinceDepth {
  return hasDistricts ? 3 : 2;
}

/** The names of the levels below the province for its depth (see LevelNames). */
export function levelNames(depth: ProvinceDepth): LevelNames {
  return depth === 3
    ? {
        proposerLevel: "cấp huyện",
        proposerCommittee: "Ban Chỉ đạo cấp huyện",
        localCommittees: "Ban Chỉ đạo cấp huyện, cấp xã",
        districtColumn: "Đơn vị cấp huyện",
      }
    : {
        proposerLevel: "cấp xã",
        proposerCommittee: "Ban Chỉ đạo cấp xã",
        localCommittees: "Ban Chỉ đạo cấp xã",
        districtColumn: null,
      };
}

/** First letter upper-cased ("cấp xã" → "Cấp xã"), for a level name opening a sentence or a label. */
export function capitalizeVi(text: string): string {
  return text.charAt(0).toLocaleUpperCase("vi") + text.slice(1);
}
