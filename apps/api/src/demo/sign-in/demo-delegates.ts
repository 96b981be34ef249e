import { Inject, Injectable } from '@nestjs/common';
import type { StakeholderGroup } from '@plenary/contracts';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { DELEGATES, FACILITATOR, OPERATOR } from '../demo-content.js';

export type DemoRole = 'PARTY' | 'OBSERVER' | 'FACILITATOR' | 'OPERATOR';

export interface DemoDelegate {
  email: string;
  name: string;
  organization: string | null;
  group: StakeholderGroup | null;
  role: DemoRole;
}

/** The demo's people in the order the sign-in page lists them: delegates, then the secretariat. */
const DEMO_DELEGATES: DemoDelegate[] = [
  ...DELEGATES.map((d): DemoDelegate => ({
    email: d.email,
    name: d.displayName,
    organization: d.organization,
    group: d.group as StakeholderGroup,
    role: d.role,
  })),
  {
    email: FACILITATOR.email,
    name: FACILITATOR.displayName,
    organization: null,
    group: null,
    role: 'FACILITATOR',
  },
  {
    email: OPERATOR.email,
    name: OPERATOR.displayName,
    organization: null,
    group: null,
    role: 'OPERATOR',
  },
];

/**
 * Who one may sign in as with one click: the demo's people, when the demo is on (PLENARY_DEMO)
 * outside production, and only those whose accounts the demo made (it loads into an empty
 * database, so a database without them has no demo). Their password is printed at start anyway.
 */
@Injectable()
export class DemoDelegates {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
  ) {}

  get offered(): boolean {
    return this.config.demo && this.config.nodeEnv !== 'production';
  }

  /** The demo's people who have an account here; none when not offered. */
  async present(): Promise<DemoDelegate[]> {
    if (!this.offered) return [];
    const rows = await this.dataSource.query<{ email: string }[]>(
      `SELECT lower(email) AS email FROM app_user WHERE lower(email) = ANY($1::text[])`,
      [DEMO_DELEGATES.map((p) => p.email.toLowerCase())],
    );
    const here = new Set(rows.map((r) => r.email));
    return DEMO_DELEGATES.filter((p) => here.has(p.email.toLowerCase()));
  }
}
