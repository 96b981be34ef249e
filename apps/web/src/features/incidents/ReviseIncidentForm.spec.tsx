import { describe, expect, it } from '@jest/globals';
import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import type { IncidentFactsFragment } from '../../data/gql/graphql';
import { ReviseIncidentMutation } from './incidents.graphql';
import { ReviseIncidentForm } from './ReviseIncidentForm';

const wannaCry: IncidentFactsFragment = {
  __typename: 'Incident',
  id: 'i1',
  accordId: 'a1',
  name: 'WannaCry',
  startedOn: '2017-05-12',
  endedOn: null,
  description: 'Ransomware with a self-spreading worm hit hospitals.',
  sources: ['https://example.org/wannacry'],
  revision: 2,
  recordedAt: '2026-12-01T10:00:00.000Z',
  revisedAt: '2026-12-01T11:00:00.000Z',
  actors: [
    {
      __typename: 'IncidentActor',
      name: 'Lazarus Group',
      attribution: 'ATTRIBUTED_OFFICIALLY',
      note: null,
    },
  ],
  responses: [
    {
      __typename: 'IncidentResponse',
      kind: 'ATTRIBUTION',
      by: 'United Kingdom',
      on: '2017-12',
      description: 'Named North Korea.',
      source: null,
    },
  ],
  recordedFor: {
    __typename: 'Organization',
    id: 'o1',
    name: 'Aurelia',
    group: 'GOVERNMENT',
    country: null,
    website: null,
    verified: true,
    handle: 'aurelia',
  },
};

/** What the form sends when it renames WannaCry and adds the United States' indictment. */
const revisedFacts = {
  name: 'WannaCry ransomware',
  startedOn: '2017-05-12',
  endedOn: null,
  description: wannaCry.description,
  sources: ['https://example.org/wannacry'],
  actors: [{ name: 'Lazarus Group', attribution: 'ATTRIBUTED_OFFICIALLY', note: null }],
  responses: [
    ...wannaCry.responses.map(({ __typename, ...response }) => response),
    {
      kind: 'INDICTMENT',
      by: 'United States',
      on: null,
      description: 'Charged a programmer.',
      source: null,
    },
  ],
};

const revision = (input: { revision: number }, result: MockLink.MockedResponse['result']) => ({
  request: {
    query: ReviseIncidentMutation,
    variables: { input: { incidentId: 'i1', facts: revisedFacts, ...input } },
  },
  result,
});

function renderForm(incident: IncidentFactsFragment, mocks: MockLink.MockedResponse[]) {
  const view = render(
    <MockedProvider mocks={mocks}>
      <ReviseIncidentForm incident={incident} />
    </MockedProvider>,
  );
  const rerender = (next: IncidentFactsFragment) =>
    view.rerender(
      <MockedProvider mocks={mocks}>
        <ReviseIncidentForm incident={next} />
      </MockedProvider>,
    );
  return { user: userEvent.setup(), rerender };
}

/** Opens the form, renames the incident and adds a response, by keyboard. */
async function editByKeyboard(user: ReturnType<typeof userEvent.setup>) {
  screen.getByRole('button', { name: 'Revise this incident' }).focus();
  await user.keyboard('{Enter}');
  // The form opens at its first field, prefilled.
  const name = screen.getByLabelText('Name');
  expect(document.activeElement).toBe(name);
  expect(name).toHaveProperty('value', 'WannaCry');
  expect(screen.getByLabelText('Actor 1')).toHaveProperty('value', 'Lazarus Group');
  expect(screen.getByLabelText('Sources')).toHaveProperty('value', 'https://example.org/wannacry');
  await user.keyboard('{End} ransomware');

  screen.getByRole('button', { name: 'Add a response' }).focus();
  await user.keyboard('{Enter}');
  // The new row takes the focus at its first control: its kind.
  const kind = screen.getByLabelText('Response 2');
  expect(document.activeElement).toBe(kind);
  await user.selectOptions(kind, 'INDICTMENT');
  await user.tab();
  await user.keyboard('United States');
  await user.tab(); // On (a partial date, optional)
  await user.tab();
  await user.keyboard('Charged a programmer.');
  expect(screen.getAllByTestId('response-row')).toHaveLength(2);
}

describe('ReviseIncidentForm', () => {
  it('revises the facts by keyboard, prefilled, sent with the revision it was opened at', async () => {
    const { user } = renderForm(wannaCry, [
      revision(
        { revision: 2 },
        {
          data: {
            reviseIncident: { ...wannaCry, name: 'WannaCry ransomware', revision: 3 },
          },
        },
      ),
    ]);
    await editByKeyboard(user);
    expect(screen.getByText('Editing revision 2.')).toBeTruthy();
    await user.keyboard('{Enter}');
    await screen.findByText('Revision 3 saved.');
    // The form gives way, and the keyboard is back on the button that opened it.
    expect(screen.queryByLabelText('Name')).toBeNull();
    expect(document.activeElement).toBe(
      screen.getByRole('button', { name: 'Revise this incident' }),
    );
  });

  it('says at once that another revision landed, shows the refusal in plain words, and starts again from the newer facts', async () => {
    const { user, rerender } = renderForm(wannaCry, [
      revision(
        { revision: 2 },
        {
          errors: [
            new GraphQLError('The incident was revised since', {
              extensions: { code: 'CONFLICT', reason: 'INCIDENT_REVISED_SINCE', revision: 3 },
            }),
          ],
        },
      ),
    ]);
    await editByKeyboard(user);
    // Someone else's revision arrives live while the form is open.
    const newer = { ...wannaCry, description: 'It hit 200,000 computers.', revision: 3 };
    rerender(newer);
    expect(screen.getByRole('alert').textContent).toBe(
      'Someone revised this incident since you opened this form (it is now at revision 3): saving this edit would be refused.',
    );

    await user.click(screen.getByRole('button', { name: 'Save the revision' }));
    await screen.findByText(
      'Someone revised this incident while you were editing, so your edit was not saved: start again from the latest facts and make your change there.',
    );
    // Nothing was lost silently: the edit is still in the form until its author starts again.
    expect(screen.getByLabelText('Name')).toHaveProperty('value', 'WannaCry ransomware');

    await user.click(screen.getByRole('button', { name: /^Start again from revision 3/ }));
    expect(screen.getByText('Editing revision 3.')).toBeTruthy();
    expect(screen.getByLabelText('What happened')).toHaveProperty(
      'value',
      'It hit 200,000 computers.',
    );
    expect(document.activeElement).toBe(screen.getByLabelText('Name'));
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
