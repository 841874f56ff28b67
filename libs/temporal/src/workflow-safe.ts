// What workflow code may import from this library: no I/O, nothing from @temporalio/client.
// The workflow bundler maps `@mou/temporal` to this file (see workflow-bundle.ts).
export * from './search-attributes';
export * from './task-queues';
export * from './workflow-ids';
