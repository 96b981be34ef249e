import { describe, expect, it } from '@jest/globals';
import { prefersGraphqlResponseJson } from './graphql-over-http.js';

describe('choosing the media type of a GraphQL answer from Accept', () => {
  it('answers application/graphql-response+json only to a client that prefers it', () => {
    expect(prefersGraphqlResponseJson('application/graphql-response+json')).toBe(true);
    expect(
      prefersGraphqlResponseJson('application/graphql-response+json, application/json;q=0.9'),
    ).toBe(true);
    expect(prefersGraphqlResponseJson('application/graphql-response+json, */*;q=0.1')).toBe(true);
    expect(prefersGraphqlResponseJson('application/*;q=0.5, application/json;q=0.4')).toBe(true);
  });

  it('answers application/json without Accept, on a tie, and to older clients', () => {
    expect(prefersGraphqlResponseJson(undefined)).toBe(false);
    expect(prefersGraphqlResponseJson('*/*')).toBe(false);
    expect(prefersGraphqlResponseJson('application/json')).toBe(false);
    expect(prefersGraphqlResponseJson('application/json, application/graphql-response+json')).toBe(
      false,
    );
    expect(prefersGraphqlResponseJson('application/graphql-response+json;q=0')).toBe(false);
  });
});
