import { plainToInstance, Transform } from 'class-transformer';
import { parseDeadlineRuleOverrides } from './deadline-rule-overrides';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  Min,
  MinLength,
  validateSync,
} from 'class-validator';

const toBoolean = ({ value }: { value: unknown }) =>
  value === undefined ? undefined : value === true || value === 'true' || value === '1' ? true : value === 'false' || value === '0' ? false : value;

/**
 * Every environment variable the API and the worker read, validated once at boot.
 * Defaults are the embedded development setup; production (docker-compose.yml) sets the rest.
 */
export class AppConfig {
  @IsIn(['development', 'test', 'production'])
  NODE_ENV: 'development' | 'test' | 'production' = 'development';

  /** postgres://user:password@host:port/database */
  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'DATABASE_URL must be a postgres:// connection URL' })
  DATABASE_URL: string;

  /** host:port of the Temporal frontend. */
  @Matches(/^[\w.-]+:\d{1,5}$/, { message: 'TEMPORAL_ADDRESS must be host:port' })
  TEMPORAL_ADDRESS: string;

  @IsString()
  @MinLength(1)
  TEMPORAL_NAMESPACE = 'default';

  @IsString()
  @MinLength(1)
  TEMPORAL_TASK_QUEUE = 'mou-casework';

  /** Where operators find the Temporal UI; printed and linked, never called. */
  @IsOptional()
  @IsUrl({ require_tld: false })
  TEMPORAL_UI_URL?: string;

  @Transform(({ value }) => (value === undefined ? undefined : Number(value)))
  @IsInt()
  @Min(0)
  @Max(65535)
  API_PORT = 3000;

  @IsString()
  API_HOST = '127.0.0.1';

  /** HMAC key that signs access tokens. At least 32 characters. */
  @IsString()
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters' })
  JWT_SECRET: string;

  @Transform(({ value }) => (value === undefined ? undefined : Number(value)))
  @IsInt()
  @Min(60)
  JWT_TTL_SECONDS = 8 * 3600;

  /** Seeds the demo sign-ins of the README. Refused in production. */
  @Transform(toBoolean)
  @IsBoolean()
  SEED_DEMO_USERS = false;

  /** How long an invitation or password-reset link stays valid, in hours; it works once. */
  @Transform(({ value }) => (value === undefined ? undefined : Number(value)))
  @IsNumber()
  @Min(0.01)
  PASSWORD_LINK_TTL_HOURS = 72;

  /** Where people reach the web app (scheme, host, port); e-mailed links start with it. Default: http://API_HOST:API_PORT. */
  @IsOptional()
  @IsUrl({ require_tld: false, require_protocol: true })
  PUBLIC_URL?: string;

  /** Failed or successful sign-in attempts allowed per address and e-mail per minute. */
  @Transform(({ value }) => (value === undefined ? undefined : Number(value)))
  @IsInt()
  @Min(1)
  LOGIN_RATE_LIMIT_PER_MINUTE = 10;

  /** SMTP relay for e-mail notifications; without it e-mails wait in the outbox (in-app ones still arrive). */
  @IsOptional()
  @IsString()
  SMTP_HOST?: string;

  @Transform(({ value }) => (value === undefined ? undefined : Number(value)))
  @IsInt()
  @Min(1)
  @Max(65535)
  SMTP_PORT = 587;

  @Transform(toBoolean)
  @IsBoolean()
  SMTP_SECURE = false;

  @IsOptional()
  @IsString()
  SMTP_USER?: string;

  @IsOptional()
  @IsString()
  SMTP_PASSWORD?: string;

  @IsString()
  @Matches(/^(.+<)?[^@\s<>]+@[^@\s<>]+>?$/, { message: 'SMTP_FROM must be an e-mail address, optionally as "Name <address>"' })
  SMTP_FROM = 'MOU Casework <casework@example.gov>';

  /** How often the worker looks for e-mails to send, in milliseconds. */
  @Transform(({ value }) => (value === undefined ? undefined : Number(value)))
  @IsInt()
  @Min(50)
  NOTIFICATION_POLL_MS = 1000;

  /**
   * An unacknowledged escalation reminds the supervisors again after this many hours: the interval
   * of every reminding step of the ladders a new case starts with (its workflow keeps the timer).
   */
  @Transform(({ value }) => (value === undefined ? undefined : Number(value)))
  @IsNumber()
  @Min(0.001)
  ESCALATION_REMINDER_HOURS = 24;

  /** Overrides of the clock rules and ladders, as JSON (see deadline-rule-overrides.ts). */
  @IsOptional()
  @IsString()
  DEADLINE_RULES?: string;

  /**
   * The font the review report's PDF embeds (subset) for text Helvetica cannot print, a facility's
   * Chinese name above all. Unset: Noto Sans SC Regular, which `npm ci` installs
   * (@expo-google-fonts/noto-sans-sc, SIL Open Font License). A TrueType/OpenType file, or a
   * collection (.ttc, whose face REPORT_FONT_FACE names).
   */
  @IsOptional()
  @IsString()
  @MinLength(1)
  REPORT_FONT_PATH?: string;

  /** The PostScript name of the face to use when REPORT_FONT_PATH is a collection. */
  @IsOptional()
  @IsString()
  @MinLength(1)
  REPORT_FONT_FACE?: string;

  /** How often the worker re-verifies every hash chain against its head and the last anchor, in seconds (default: hourly). */
  @Transform(({ value }) => (value === undefined ? undefined : Number(value)))
  @IsNumber()
  @Min(0.5)
  CHAIN_VERIFY_INTERVAL_SECONDS = 3600;

  /** How often the worker anchors the heads of every chain outside the database, in seconds (default: daily). */
  @Transform(({ value }) => (value === undefined ? undefined : Number(value)))
  @IsNumber()
  @Min(0.5)
  CHAIN_ANCHOR_INTERVAL_SECONDS = 86_400;

  /** The directory the signed anchors of chain heads are written to; keep it off the database's machine. */
  @IsString()
  @MinLength(1)
  CHAIN_ANCHOR_DIR = './data/anchors';

  /**
   * The key anchors are signed with (HMAC-SHA-256): a file holding at least 32 random bytes, kept
   * outside the database. Unset outside production: ./data/anchor.key, made on first use.
   */
  @IsOptional()
  @IsString()
  @MinLength(1)
  CHAIN_ANCHOR_KEY_FILE?: string;

  /** Largest accepted request body, in bytes; larger ones get 413. */
  @Transform(({ value }) => (value === undefined ? undefined : Number(value)))
  @IsInt()
  @Min(1024)
  BODY_LIMIT_BYTES = 100 * 1024;

  /** Largest document accepted with a fact, in bytes; larger ones get 413. */
  @Transform(({ value }) => (value === undefined ? undefined : Number(value)))
  @IsInt()
  @Min(1024)
  DOCUMENT_MAX_BYTES = 10 * 1024 * 1024;

  /** Media types a document may have, comma-separated; others get 400. */
  @IsString()
  @Matches(/^[\w.+-]+\/[\w.+-]+(,[\w.+-]+\/[\w.+-]+)*$/, { message: 'DOCUMENT_TYPES must be media types separated by commas, e.g. application/pdf,image/png' })
  DOCUMENT_TYPES = 'application/pdf,image/png,image/jpeg,text/plain';

  /**
   * On a first start with an empty database, `npm start` loads a demo programme (cases on every
   * clock, entries, an approval waiting, a year ready for review). Never in production.
   */
  @Transform(toBoolean)
  @IsBoolean()
  DEMO_PROGRAMME = true;
}

/** Variables a deployment must set; everything else has a default above. */
export const REQUIRED_VARIABLES = ['DATABASE_URL', 'TEMPORAL_ADDRESS', 'JWT_SECRET'] as const;

export class ConfigError extends Error {
  constructor(readonly problems: { variable: string; messages: string[] }[]) {
    super(
      'Invalid configuration:\n' +
        problems.map((p) => `  ${p.variable}: ${p.messages.join('; ')}`).join('\n'),
    );
    this.name = 'ConfigError';
  }
}

/** Reads and validates the environment; throws a ConfigError naming every offending variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const known = Object.keys(new AppConfig()).concat(REQUIRED_VARIABLES, 'TEMPORAL_UI_URL', 'SMTP_HOST', 'SMTP_USER', 'SMTP_PASSWORD', 'DEADLINE_RULES', 'PUBLIC_URL');
  const input: Record<string, string> = {};
  for (const key of known) {
    const value = env[key];
    if (value !== undefined && value !== '') input[key] = value;
  }
  const config = plainToInstance(AppConfig, input);
  const errors = validateSync(config, { skipMissingProperties: false });
  const problems = errors.map((e) => ({
    variable: e.property,
    messages: Object.values(e.constraints ?? {}).map((m) => (env[e.property] === undefined ? `is required (${m})` : m)),
  }));
  if (config.NODE_ENV === 'production' && config.DEMO_PROGRAMME && env.DEMO_PROGRAMME !== undefined) {
    problems.push({ variable: 'DEMO_PROGRAMME', messages: ['the demo programme is never loaded in production'] });
  }
  if (config.NODE_ENV === 'production' && config.SEED_DEMO_USERS) {
    problems.push({ variable: 'SEED_DEMO_USERS', messages: ['demo users are never seeded in production'] });
  }
  try {
    parseDeadlineRuleOverrides(config.DEADLINE_RULES);
  } catch (error) {
    problems.push({ variable: 'DEADLINE_RULES', messages: [(error as Error).message] });
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}
