import { actionContract } from "@/lib/actions/define-action";

type AnyAction = (input: never) => Promise<never>;
export type DiscoveredAction = { name: string; action: AnyAction; permission: string | null };

// Every server action of the app, found by globbing the actions files.
const modules = import.meta.glob<Record<string, unknown>>("/app/**/actions.ts", { eager: true });

export function discoverActions(): DiscoveredAction[] {
  const out: DiscoveredAction[] = [];
  for (const [file, mod] of Object.entries(modules)) {
    const route = file
      .replace(/^\/app\//, "")
      .replace(/\/actions\.ts$/, "")
      .replace(/\([^)]*\)\//g, "");
    for (const [exportName, value] of Object.entries(mod)) {
      const contract = actionContract(value);
      if (!contract) continue;
      out.push({ name: `${route}#${exportName}`, action: value as AnyAction, permission: contract.permission });
    }
  }
  return out.sort((a, b) => a.name.localeCompare(b.name));
}
