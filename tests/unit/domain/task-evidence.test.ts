import { describe, expect, it } from "vitest";
import { taskFileDeletionRefusal, type TaskFileDeletion } from "@/lib/domain/task-evidence";

// Issue #18 §1 (evidence of an agency's task); lib/domain/README.md: who may delete a task's evidence file, and when.
const base: TaskFileDeletion = {
  taskStatus: "IN_PROGRESS",
  actorIsSecretariat: false,
  actorUserId: "u1",
  actorAgencyId: "stp",
  uploaderId: "u2",
  uploaderAgencyId: "stp",
};

describe("deleting a task's evidence file", () => {
  it("is for the uploader's agency, the uploader itself, or the secretariat", () => {
    expect(taskFileDeletionRefusal(base)).toBeNull();
    expect(taskFileDeletionRefusal({ ...base, actorAgencyId: null, actorUserId: "u2" })).toBeNull();
    expect(taskFileDeletionRefusal({ ...base, actorAgencyId: null, actorIsSecretariat: true })).toBeNull();
    expect(taskFileDeletionRefusal({ ...base, actorAgencyId: "sgd" })?.code).toBe("FORBIDDEN");
    expect(taskFileDeletionRefusal({ ...base, actorAgencyId: null, uploaderAgencyId: null })?.code).toBe("FORBIDDEN");
  });

  it("is refused once the task is done, even to the secretariat (the file is the evidence of completion)", () => {
    expect(taskFileDeletionRefusal({ ...base, taskStatus: "DONE" })?.code).toBe("DONE");
    expect(taskFileDeletionRefusal({ ...base, taskStatus: "DONE", actorIsSecretariat: true })?.code).toBe("DONE");
    expect(taskFileDeletionRefusal({ ...base, taskStatus: "NOT_STARTED" })).toBeNull();
  });
});
