import "server-only";

export const reviewSelect = {
  id: true,
  selectionId: true,
  kind: true,
  status: true,
  scorecard: true,
  results: true,
  shortcomings: true,
  nextMeasures: true,
  newComplexity: true,
  meetingDate: true,
  offTrack: true,
  returnReason: true,
  submittedAt: true,
  reviewedAt: true,
  version: true,
} as const;
