import { type IncidentFacts, isPartialDate, mayEndAfter } from '@plenary/contracts';
import { DomainError, DomainErrorCode } from '../common/errors/domain-error.js';

const invalid = (message: string) => new DomainError(DomainErrorCode.INVALID_INPUT, message);

const oneLine = (text: string) => text.trim().replace(/\s+/g, ' ');

function partialDate(text: string, what: string): string {
  const date = text.trim();
  if (!isPartialDate(date)) {
    throw invalid(`${what} must be a year, a month or a day, as 2010, 2014-11 or 2017-05-12`);
  }
  return date;
}

/**
 * The facts as they will be stored and logged: names on one line, dates checked (partial ones
 * allowed, an end never before the start), sources without repeats. The DTO bounds lengths and
 * counts; what it cannot say is said here.
 */
export function normalizeFacts(facts: IncidentFacts): IncidentFacts {
  const startedOn = partialDate(facts.startedOn, 'startedOn');
  const endedOn = facts.endedOn ? partialDate(facts.endedOn, 'endedOn') : null;
  if (endedOn && !mayEndAfter(startedOn, endedOn)) {
    throw invalid('endedOn must not be before startedOn');
  }
  const actorNames = new Set<string>();
  const actors = facts.actors.map((actor) => {
    const name = oneLine(actor.name);
    if (actorNames.has(name.toLowerCase())) throw invalid(`The actor “${name}” is listed twice`);
    actorNames.add(name.toLowerCase());
    return { name, attribution: actor.attribution, note: actor.note?.trim() || null };
  });
  return {
    name: oneLine(facts.name),
    startedOn,
    endedOn,
    description: facts.description.trim(),
    sources: [...new Set(facts.sources.map((s) => s.trim()).filter((s) => s.length > 0))],
    actors,
    responses: facts.responses.map((response) => ({
      kind: response.kind,
      by: oneLine(response.by),
      on: response.on ? partialDate(response.on, 'A response’s date') : null,
      description: response.description.trim(),
      source: response.source?.trim() || null,
    })),
  };
}

/** The facts an incident row holds, as its events carry them. */
export const factsOf = (incident: IncidentFacts): IncidentFacts => ({
  name: incident.name,
  startedOn: incident.startedOn,
  endedOn: incident.endedOn,
  description: incident.description,
  sources: incident.sources,
  actors: incident.actors,
  responses: incident.responses,
});
