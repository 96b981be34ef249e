import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

const MOST_KEPT = 50_000;

/**
 * Display names by user id, read from PostgreSQL once per process: a name never changes after
 * registration. For presence kept in Redis, whose entries hold ids only.
 */
@Injectable()
export class DisplayNames {
  private readonly known = new Map<string, string>();

  constructor(private readonly dataSource: DataSource) {}

  async of(userIds: string[]): Promise<Map<string, string>> {
    const missing = userIds.filter((id) => !this.known.has(id));
    if (missing.length > 0) {
      const rows = await this.dataSource.query<{ id: string; name: string }[]>(
        `SELECT id, display_name AS name FROM app_user WHERE id = ANY($1::uuid[])`,
        [missing],
      );
      if (this.known.size + rows.length > MOST_KEPT) this.known.clear();
      for (const { id, name } of rows) this.known.set(id, name);
    }
    const names = new Map<string, string>();
    for (const id of userIds) {
      const name = this.known.get(id);
      if (name !== undefined) names.set(id, name);
    }
    return names;
  }
}
