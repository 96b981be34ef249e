import { describe, expect, it } from '@jest/globals';
import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { SourcesField } from './SourcesField';

function Harness({ initial = [] as string[], suggestions = [] as string[] }) {
  const [sources, setSources] = useState(initial);
  return <SourcesField sources={sources} suggestions={suggestions} onChange={setSources} />;
}

const cited = () =>
  screen.queryByRole('list', { name: 'Sources cited' })?.querySelectorAll('li span') ?? [];

describe('SourcesField', () => {
  it('adds a source on Enter, trimmed, once', () => {
    render(<Harness />);
    const input = screen.getByRole('combobox', { name: 'Sources' });
    fireEvent.change(input, { target: { value: '  UN GGE 2015 norm 13(f) ' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    fireEvent.change(input, { target: { value: 'UN GGE 2015 norm 13(f)' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect([...cited()].map((s) => s.textContent)).toEqual(['UN GGE 2015 norm 13(f)']);
  });

  it('removes a source by its named button', () => {
    render(<Harness initial={['HRC res. 20/8', 'UN GGE 2015 norm 13(e)']} />);
    fireEvent.click(screen.getByRole('button', { name: 'Remove source HRC res. 20/8' }));
    expect([...cited()].map((s) => s.textContent)).toEqual(['UN GGE 2015 norm 13(e)']);
  });

  it('suggests the sources cited in the accord that are not chosen yet', () => {
    const { container } = render(<Harness initial={['A']} suggestions={['A', 'B', 'C']} />);
    const options = container.querySelectorAll('datalist option');
    expect([...options].map((o) => o.getAttribute('value'))).toEqual(['B', 'C']);
  });
});
