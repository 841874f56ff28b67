import { workflowCacheSize } from './worker';

const MiB = 1024 * 1024;

describe('the workflow cache size', () => {
  it('caches what the heap holds after its reserve, at 256 KiB per case, and never fewer than 100', () => {
    // A 4,144 MiB heap (Node's default on this machine's memory): (4,144 − 768) MiB ÷ 256 KiB.
    expect(workflowCacheSize(4144 * MiB)).toBe(13_504);
    // Twice the heap, more than twice the cases: the reserve is fixed.
    expect(workflowCacheSize(8288 * MiB)).toBe(30_080);
    expect(workflowCacheSize(512 * MiB)).toBe(100);
  });
});
