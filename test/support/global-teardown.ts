export default async function globalTeardown(): Promise<void> {
  const handles = (globalThis as { __mouStack?: { stop(): Promise<void> }[] }).__mouStack ?? [];
  for (const handle of handles.reverse()) await handle.stop();
}
