import { Injectable } from '@nestjs/common';
import { MembershipRole } from '@plenary/contracts';
import DataLoader from 'dataloader';
import { AccordAccessService, type CallerStanding, partyRefusal } from './accord-access.service.js';
import { orderByKeys } from '../common/graphql/loaders.js';
import type { GraphqlContext } from '../common/graphql/graphql-context.js';

/** Where the caller of a request stands in an accord, and what that lets him do there. */
export class ViewerStanding {
  constructor(
    readonly userId: string,
    private readonly standing: CallerStanding,
  ) {}

  get isFacilitator(): boolean {
    return this.standing.isFacilitator;
  }

  /** The organizations he may propose amendments for (requirePartyMember's rule). */
  get amendingOrganizationIds(): string[] {
    return this.mayActFor({ asRepresentative: false });
  }

  /** The organizations whose ballot he may cast (requirePartyMember's rule, as representative). */
  get votingOrganizationIds(): string[] {
    return this.mayActFor({ asRepresentative: true });
  }

  /** The organizations he represents, whose ballots and receipts are his to see. */
  get representedOrganizationIds(): string[] {
    return this.standing.parties
      .filter((p) => p.membershipRole === MembershipRole.REPRESENTATIVE)
      .map((p) => p.organizationId);
  }

  /**
   * The verified participants (parties or observers) he represents: those he may speak for about
   * the accord without a vote (requireParticipantRepresentative's rule), e.g. assess incidents.
   */
  get speakingOrganizationIds(): string[] {
    return this.standing.parties
      .filter((p) => p.membershipRole === MembershipRole.REPRESENTATIVE && p.verified)
      .map((p) => p.organizationId);
  }

  private mayActFor(options: { asRepresentative: boolean }): string[] {
    return this.standing.parties
      .filter((p) => partyRefusal(p, options) === null)
      .map((p) => p.organizationId);
  }
}

/** The caller's standing in each accord a request reads (one statement for all of them). */
export class ViewerLoaders {
  private readonly standingByAccord: DataLoader<string, ViewerStanding | null>;

  constructor(
    access: AccordAccessService,
    private readonly userId: string | null,
  ) {
    this.standingByAccord = new DataLoader(async (accordIds) => {
      const rows = userId ? await access.standingsIn(userId, accordIds) : [];
      return orderByKeys(accordIds, rows, (r) => r.accordId).map((row) =>
        row && userId ? new ViewerStanding(userId, row) : null,
      );
    });
  }

  /**
   * The standing the read cache keyed this answer by (read with the log's heads): the fields are
   * computed from exactly that, so an answer shared under its key never holds another's.
   */
  prime(accordId: string, standing: CallerStanding): void {
    if (this.userId)
      this.standingByAccord.prime(accordId, new ViewerStanding(this.userId, standing));
  }

  /** The caller's standing in the accord; null when nobody is signed in. */
  standingIn(accordId: string): Promise<ViewerStanding | null> {
    if (!this.userId) return Promise.resolve(null);
    return this.standingByAccord.load(accordId);
  }
}

/**
 * The viewer fields' loaders: unlike the other features', they read who is asking, so the read
 * cache keys the answers that use them by his standing (`read-cache/viewer-standing.ts`).
 */
@Injectable()
export class ViewerLoaderSource {
  constructor(private readonly access: AccordAccessService) {}

  of(ctx: GraphqlContext): ViewerLoaders {
    return ctx.loaders.of(this, () => new ViewerLoaders(this.access, ctx.user?.userId ?? null));
  }
}
