"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/card";
import { Field, Select, TextInput } from "@/components/ui/field";
import { addTaskAction, createPlanAction, updateTaskAction } from "@/app/(app)/programme/actions";
import { addProvincePlanTaskAction } from "@/app/(app)/committee/actions";
import { vi } from "@/lib/i18n/vi";

const planText = vi.programme.plans;
/** `agencyId` "" = a body outside the committee, named in `assignee` (issue #18). */
type Task = { area: string; title: string; assignee: string; agencyId: string; dueDate: string };
export type AgencyOption = { id: string; name: string };
const emptyTask = (dueDate: string): Task => ({ area: "", title: "", assignee: "", agencyId: "", dueDate });
/** The action's input: the agency, or the free-text assignee. */
const taskInput = ({ agencyId, assignee, ...rest }: Task) => (agencyId ? { ...rest, agencyId } : { ...rest, assignee });

function TaskFields({
  prefix,
  task,
  agencies,
  onChange,
}: {
  prefix: string;
  task: Task;
  agencies: AgencyOption[];
  onChange: (t: Task) => void;
}) {
  return (
    <div className="grid gap-2 sm:grid-cols-5">
      <Field label={planText.area} htmlFor={`${prefix}-area`}>
        <TextInput
          id={`${prefix}-area`}
          value={task.area}
          onChange={(e) => onChange({ ...task, area: e.target.value })}
        />
      </Field>
      <Field label={planText.task} htmlFor={`${prefix}-title`}>
        <TextInput
          id={`${prefix}-title`}
          value={task.title}
          onChange={(e) => onChange({ ...task, title: e.target.value })}
        />
      </Field>
      <Field label={vi.committee.assigneeAgency} htmlFor={`${prefix}-agency`}>
        <Select
          id={`${prefix}-agency`}
          value={task.agencyId}
          onChange={(e) => onChange({ ...task, agencyId: e.target.value })}
        >
          <option value="">{vi.committee.assigneeOther}</option>
          {agencies.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={planText.assignee} htmlFor={`${prefix}-assignee`}>
        <TextInput
          id={`${prefix}-assignee`}
          disabled={!!task.agencyId}
          value={task.agencyId ? "" : task.assignee}
          onChange={(e) => onChange({ ...task, assignee: e.target.value })}
        />
      </Field>
      <Field label={planText.dueDate} htmlFor={`${prefix}-due`}>
        <TextInput
          id={`${prefix}-due`}
          type="date"
          value={task.dueDate}
          onChange={(e) => onChange({ ...task, dueDate: e.target.value })}
        />
      </Field>
    </div>
  );
}

/** The plan of a decided commune: number, date, measures by area and the first tasks. */
export function CreatePlanForm({
  selectionId,
  defaultDate,
  defaultDue,
  agencies,
}: {
  selectionId: string;
  defaultDate: string;
  defaultDue: string;
  agencies: AgencyOption[];
}) {
  const router = useRouter();
  const [number, setNumber] = useState("");
  const [date, setDate] = useState(defaultDate);
  const [measures, setMeasures] = useState([{ area: "", content: "" }]);
  const [tasks, setTasks] = useState<Task[]>([emptyTask(defaultDue)]);
  const [message, setMessage] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    start(async () => {
      const planAction = await createPlanAction({
        selectionId,
        number,
        date,
        measures: measures.filter((m) => m.area || m.content),
        tasks: tasks.filter((t) => t.title || t.area || t.assignee || t.agencyId).map(taskInput),
      });
      setMessage(
        planAction.ok
          ? null
          : planAction.message +
              (planAction.fieldErrors ? ` (${Object.values(planAction.fieldErrors).flat()[0]})` : ""),
      );
      if (planAction.ok) router.refresh();
    });
  };
  return (
    <form onSubmit={submit} className="space-y-4" noValidate>
      {message ? <Notice tone="error">{message}</Notice> : null}
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label={planText.number} htmlFor="plan-number">
          <TextInput
            id="plan-number"
            placeholder="25/KH-BCĐ"
            value={number}
            onChange={(e) => setNumber(e.target.value)}
          />
        </Field>
        <Field label={planText.date} htmlFor="plan-date">
          <TextInput id="plan-date" type="date" value={date} onChange={(e) => setDate(e.target.value)} />
        </Field>
      </div>
      <fieldset className="space-y-2">
        <legend className="font-semibold">{planText.measures}</legend>
        {measures.map((m, i) => (
          <div key={i} className="grid gap-2 sm:grid-cols-[1fr_3fr]">
            <Field label={planText.area} htmlFor={`measure-${i}-area`}>
              <TextInput
                id={`measure-${i}-area`}
                value={m.area}
                onChange={(e) => setMeasures(measures.map((x, j) => (j === i ? { ...x, area: e.target.value } : x)))}
              />
            </Field>
            <Field label={planText.content} htmlFor={`measure-${i}-content`}>
              <TextInput
                id={`measure-${i}-content`}
                value={m.content}
                onChange={(e) => setMeasures(measures.map((x, j) => (j === i ? { ...x, content: e.target.value } : x)))}
              />
            </Field>
          </div>
        ))}
        <Button type="button" variant="secondary" onClick={() => setMeasures([...measures, { area: "", content: "" }])}>
          {planText.addMeasure}
        </Button>
      </fieldset>
      <fieldset className="space-y-2">
        <legend className="font-semibold">{planText.tasks}</legend>
        {tasks.map((t, i) => (
          <TaskFields
            key={i}
            prefix={`task-${i}`}
            task={t}
            agencies={agencies}
            onChange={(v) => setTasks(tasks.map((x, j) => (j === i ? v : x)))}
          />
        ))}
        <Button type="button" variant="secondary" onClick={() => setTasks([...tasks, emptyTask(defaultDue)])}>
          {planText.addTask}
        </Button>
      </fieldset>
      <Button type="submit" disabled={pending}>
        {planText.create}
      </Button>
    </form>
  );
}

/** Adds a task to a commune's plan (`planId`) or to the province's own plan (`provincePlanId`, issue #18). */
export function AddTaskForm({
  planId,
  provincePlanId,
  defaultDue,
  agencies,
}: {
  planId?: string;
  provincePlanId?: string;
  defaultDue: string;
  agencies: AgencyOption[];
}) {
  const router = useRouter();
  const [task, setTask] = useState<Task>(emptyTask(defaultDue));
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const [pending, start] = useTransition();
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    start(async () => {
      const result = provincePlanId
        ? await addProvincePlanTaskAction({ provincePlanId, ...taskInput(task) })
        : await addTaskAction({ planId: planId!, ...taskInput(task) });
      setMessage(result.ok ? { tone: "success", text: planText.taskAdded } : { tone: "error", text: result.message });
      if (result.ok) {
        setTask(emptyTask(defaultDue));
        router.refresh();
      }
    });
  };
  return (
    <form onSubmit={submit} className="space-y-2" noValidate>
      {message ? <Notice tone={message.tone}>{message.text}</Notice> : null}
      <TaskFields prefix="new-task" task={task} agencies={agencies} onChange={setTask} />
      <Button type="submit" disabled={pending}>
        {planText.addTask}
      </Button>
    </form>
  );
}

/** Status and evidence of one task, sent with the version it was loaded with (a concurrent change is reported). */
export function TaskStatusForm({
  taskId,
  version,
  status,
  evidence,
  label,
}: {
  taskId: string;
  version: number;
  status: "NOT_STARTED" | "IN_PROGRESS" | "DONE";
  evidence: string | null;
  label: string;
}) {
  const router = useRouter();
  const [value, setValue] = useState(status);
  const [text, setText] = useState(evidence ?? "");
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const [pending, start] = useTransition();
  const save = () =>
    start(async () => {
      const result = await updateTaskAction({ taskId, version, status: value, evidence: text });
      setMessage(result.ok ? { tone: "success", text: planText.taskUpdated } : { tone: "error", text: result.message });
      if (result.ok) router.refresh();
    });
  return (
    <div className="flex min-w-56 flex-col gap-1">
      <label htmlFor={`status-${taskId}`} className="sr-only">{`${vi.programme.status}: ${label}`}</label>
      <Select id={`status-${taskId}`} value={value} onChange={(e) => setValue(e.target.value as typeof value)}>
        {(["NOT_STARTED", "IN_PROGRESS", "DONE"] as const).map((x) => (
          <option key={x} value={x}>
            {planText.taskStatus[x]}
          </option>
        ))}
      </Select>
      <label htmlFor={`evidence-${taskId}`} className="sr-only">{`${planText.evidence}: ${label}`}</label>
      <TextInput
        id={`evidence-${taskId}`}
        placeholder={planText.evidence}
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      <Button type="button" variant="secondary" disabled={pending} onClick={save}>
        {planText.update}
      </Button>
      {message ? (
        <span role="status" className={`text-xs ${message.tone === "error" ? "text-red-700" : "text-emerald-800"}`}>
          {message.text}
        </span>
      ) : null}
    </div>
  );
}
