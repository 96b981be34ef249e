import { describe, expect, it } from '@jest/globals';
import { diffWords } from '@plenary/text-history';
import { render, screen } from '@testing-library/react';
import { DiffView } from './DiffView';

describe('DiffView', () => {
  it('shows a replaced word as a deletion followed by an insertion, in running text', () => {
    const parts = diffWords('States should protect', 'States shall protect');
    const { container } = render(<DiffView parts={parts} label="Proposed changes" />);

    expect(container.querySelector('del')?.textContent).toContain('should');
    expect(container.querySelector('ins')?.textContent).toContain('shall');
    expect(screen.getByRole('figure', { name: 'Proposed changes' })).toBeTruthy();
    // Reading the text as a screen reader does: each change is announced in words.
    expect(container.querySelector('.diff__text')?.textContent).toBe(
      'States [deleted: should][inserted: shall] protect',
    );
  });

  it('says so when nothing changed', () => {
    render(<DiffView parts={diffWords('Same text', 'Same text')} />);
    expect(screen.getByText('No change to the text.')).toBeTruthy();
    expect(document.querySelector('ins, del')).toBeNull();
  });

  it('renders diff text as text, never as markup', () => {
    const { container } = render(
      <DiffView parts={[{ op: 'insert', text: '<img src=x onerror=alert(1)>' }]} />,
    );
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('ins')?.textContent).toContain('<img src=x onerror=alert(1)>');
  });
});
