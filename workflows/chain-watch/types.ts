/** How the chain watch runs: its intervals, and where anchors go and what signs them. */
export interface ChainWatchSettings {
  verifyEverySeconds: number;
  anchorEverySeconds: number;
  anchorDir: string;
  /** The key file anchors are signed with; unset outside production: ./data/anchor.key. */
  keyFile?: string;
  production: boolean;
}

export interface ChainSweepResult {
  chains: number;
  broken: number;
  /** Breaks not seen by an earlier run: the administrators were told of these. */
  newBreaks: number;
}

export interface ChainWatchActivities {
  /** Verifies every chain against its head and the last anchor; records breaks and tells the administrators of each new one. */
  reverifyChains(settings: ChainWatchSettings): Promise<ChainSweepResult>;
  /** Signs the heads of every chain, writes the anchor to its directory and mails it to the administrators. */
  anchorChains(settings: ChainWatchSettings): Promise<{ file: string; digest: string }>;
}
