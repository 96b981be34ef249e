import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { InvitationStatus, MembershipRole, StakeholderGroup } from '@plenary/contracts';
import { DomainErrorCode as Code } from '../common/errors/domain-error.js';
import { expectRefusal, UseCaseHarness } from '../../test/support/use-case-harness.js';
import { LogInUseCase } from './accounts/log-in.usecase.js';
import { RegisterUseCase } from './accounts/register.usecase.js';
import { CreateOrganizationUseCase } from './create-organization.usecase.js';
import { EndMembershipUseCase } from './end-membership.usecase.js';
import { IdentityModule } from './identity.module.js';
import { AnswerInvitationUseCase } from './invitations/answer-invitation.usecase.js';
import { InviteMemberUseCase } from './invitations/invite-member.usecase.js';
import { RevokeInvitationUseCase } from './invitations/revoke-invitation.usecase.js';
import { GrantOperatorUseCase } from './operators/grant-operator.usecase.js';
import { RevokeOperatorUseCase } from './operators/revoke-operator.usecase.js';
import { RevokeVerificationUseCase } from './verification/revoke-verification.usecase.js';
import { VerifyOrganizationUseCase } from './verification/verify-organization.usecase.js';

describe('identity use cases', () => {
  let h: UseCaseHarness;
  beforeAll(async () => {
    h = await UseCaseHarness.boot([IdentityModule]);
  });
  afterAll(() => h.close());

  const address = '192.0.2.1';

  it('register signs in; the same email twice is taken; logIn checks the password', async () => {
    const email = `ada.${Date.now()}@example.org`;
    const password = 'correct horse battery';
    const registered = await h
      .get(RegisterUseCase)
      .execute({ email, password, displayName: ' Ada ', clientAddress: address });
    expect(registered.user.displayName).toBe('Ada');
    expect(registered.token).toEqual(expect.any(String));
    await expectRefusal(
      h.get(RegisterUseCase).execute({
        email: email.toUpperCase(),
        password,
        displayName: 'Ada again',
        clientAddress: address,
      }),
      'CONFLICT',
      Code.EMAIL_TAKEN,
    );
    const logIn = h.get(LogInUseCase);
    expect((await logIn.execute({ email, password, clientAddress: address })).user.id).toBe(
      registered.user.id,
    );
    await expectRefusal(
      logIn.execute({ email, password: 'wrong horse battery', clientAddress: address }),
      'UNAUTHENTICATED',
      Code.INVALID_CREDENTIALS,
    );
  });

  it('createOrganization makes its founder its representative, unverified', async () => {
    const founder = await h.user('founder');
    const organization = await h.get(CreateOrganizationUseCase).execute({
      callerId: founder.id,
      name: ' Ruritania ',
      group: StakeholderGroup.GOVERNMENT,
    });
    expect(organization).toMatchObject({ name: 'Ruritania', verifiedAt: null });
    const [membership] = await h.db.query<{ role: string }[]>(
      `SELECT role FROM membership WHERE organization_id = $1 AND user_id = $2`,
      [organization.id, founder.id],
    );
    expect(membership?.role).toBe(MembershipRole.REPRESENTATIVE);
  });

  it('operators: only an operator verifies, revokes and names operators', async () => {
    const operator = await h.operator();
    const someone = await h.user('someone');
    const organizationId = await h.organization(someone, { verified: false });
    const details = {
      organizationId,
      name: 'Checked name',
      group: StakeholderGroup.CIVIL_SOCIETY,
      country: null,
      website: 'example.org',
    };
    const verify = h.get(VerifyOrganizationUseCase);
    await expectRefusal(
      verify.execute({ callerId: someone.id, ...details }),
      'FORBIDDEN',
      Code.NOT_AN_OPERATOR,
    );
    const verified = await verify.execute({ callerId: operator.id, ...details });
    expect(verified).toMatchObject({ name: 'Checked name', verifiedBy: operator.id });

    const revoke = h.get(RevokeVerificationUseCase);
    const command = { callerId: operator.id, organizationId, reason: 'An impostor' };
    expect((await revoke.execute(command)).verifiedAt).toBeNull();
    await expectRefusal(revoke.execute(command), 'CONFLICT', Code.ORGANIZATION_NOT_VERIFIED);

    const grant = h.get(GrantOperatorUseCase);
    await expectRefusal(
      grant.execute({ callerId: someone.id, email: someone.email }),
      'FORBIDDEN',
      Code.NOT_AN_OPERATOR,
    );
    await expectRefusal(
      grant.execute({ callerId: operator.id, email: 'nobody@example.org' }),
      'NOT_FOUND',
      Code.USER_NOT_FOUND,
    );
    expect((await grant.execute({ callerId: operator.id, email: someone.email })).isOperator).toBe(
      true,
    );
    const revokeOperator = h.get(RevokeOperatorUseCase);
    await expectRefusal(
      revokeOperator.execute({ callerId: someone.id, userId: operator.id }),
      'CONFLICT',
      Code.OPERATOR_FROM_CONFIGURATION,
    );
    const ended = await revokeOperator.execute({ callerId: operator.id, userId: someone.id });
    expect(ended.isOperator).toBe(false);
  });

  it('invitations: a representative invites, the invited answers, a member may not invite', async () => {
    const representative = await h.user('rep');
    const organizationId = await h.organization(representative);
    const member = await h.user('member');
    await h.member(organizationId, member);
    const newcomer = await h.user('newcomer');
    const invite = h.get(InviteMemberUseCase);
    const command = { organizationId, email: newcomer.email, role: MembershipRole.MEMBER };
    await expectRefusal(
      invite.execute({ callerId: member.id, ...command }),
      'FORBIDDEN',
      Code.NOT_A_REPRESENTATIVE,
    );
    const invitation = await invite.execute({ callerId: representative.id, ...command });
    await expectRefusal(
      h.get(RevokeInvitationUseCase).execute({ callerId: member.id, invitationId: invitation.id }),
      'FORBIDDEN',
      Code.NOT_A_REPRESENTATIVE,
    );
    // Someone else's invitation is answered as missing.
    await expectRefusal(
      h
        .get(AnswerInvitationUseCase)
        .execute({ callerId: member.id, invitationId: invitation.id, accept: true }),
      'NOT_FOUND',
      Code.INVITATION_NOT_FOUND,
    );
    const accepted = await h
      .get(AnswerInvitationUseCase)
      .execute({ callerId: newcomer.id, invitationId: invitation.id, accept: true });
    expect(accepted.status).toBe(InvitationStatus.ACCEPTED);
    await expectRefusal(
      h
        .get(RevokeInvitationUseCase)
        .execute({ callerId: representative.id, invitationId: invitation.id }),
      'CONFLICT',
      Code.INVITATION_NOT_PENDING,
    );
  });

  it('endMembership: a member leaves; only a representative removes others; never the last one', async () => {
    const representative = await h.user('rep');
    const organizationId = await h.organization(representative);
    const [first, second] = [await h.user('first'), await h.user('second')];
    await h.member(organizationId, first);
    await h.member(organizationId, second);
    const end = h.get(EndMembershipUseCase);
    await expectRefusal(
      end.execute({ callerId: first.id, organizationId, userId: second.id }),
      'FORBIDDEN',
      Code.NOT_A_REPRESENTATIVE,
    );
    await expectRefusal(
      end.execute({ callerId: representative.id, organizationId, userId: representative.id }),
      'CONFLICT',
      Code.LAST_REPRESENTATIVE,
    );
    const left = await end.execute({ callerId: first.id, organizationId, userId: first.id });
    expect(left.userId).toBe(first.id);
    const removed = await end.execute({
      callerId: representative.id,
      organizationId,
      userId: second.id,
    });
    expect(removed.userId).toBe(second.id);
  });
});
