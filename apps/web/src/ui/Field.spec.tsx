import { describe, expect, it } from '@jest/globals';
import { render, screen } from '@testing-library/react';
import { SelectField, TextAreaField, TextField } from './Field';

describe('Field', () => {
  it('names the control by its label and reads its hint with it', () => {
    render(<TextField id="email" label="Email" hint="The one you sign in with." />);
    const input = screen.getByRole('textbox', { name: 'Email' });
    expect(input.id).toBe('email');
    expect(input.getAttribute('aria-describedby')).toBe('email-hint');
    expect(document.getElementById('email-hint')?.textContent).toBe('The one you sign in with.');
    expect(input.getAttribute('aria-invalid')).toBeNull();
  });

  it('marks the control invalid and reads the error after the hint', () => {
    render(<TextField id="quorum" label="Quorum" hint="A share." error="Not a share." />);
    const input = screen.getByRole('textbox', { name: 'Quorum' });
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toBe('quorum-hint quorum-error');
    expect(document.getElementById('quorum-error')?.getAttribute('role')).toBeNull();
  });

  it('announces an error shown on submit when asked to', () => {
    render(<TextField id="closes" label="Closes at" error="In the past." announceError />);
    expect(screen.getByRole('alert').textContent).toBe('In the past.');
    expect(screen.getByLabelText('Closes at').getAttribute('aria-describedby')).toBe(
      'closes-error',
    );
  });

  it('keeps a live hint in the page while it is empty, so its next words are announced', () => {
    render(
      <SelectField id="place" label="Place" hint={null} liveHint>
        <option>At the start</option>
      </SelectField>,
    );
    const hint = document.getElementById('place-hint');
    expect(hint?.getAttribute('aria-live')).toBe('polite');
    expect(screen.getByRole('combobox', { name: 'Place' }).getAttribute('aria-describedby')).toBe(
      'place-hint',
    );
  });

  it('gives the wrapper its own classes and the control the rest of its props', () => {
    const { container } = render(
      <TextAreaField
        id="text"
        label="Text"
        fieldClassName="field field--narrow"
        className="text-editor"
        rows={4}
      />,
    );
    expect(container.firstElementChild?.className).toBe('field field--narrow');
    const textarea = screen.getByRole('textbox', { name: 'Text' });
    expect(textarea.className).toBe('text-editor');
    expect(textarea.getAttribute('rows')).toBe('4');
    expect(textarea.getAttribute('aria-describedby')).toBeNull();
  });
});
