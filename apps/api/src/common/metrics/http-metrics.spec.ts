import { routeOf } from './http-metrics.js';

describe('the route label of a request', () => {
  it('names the API’s routes and never carries an id', () => {
    expect(routeOf('/graphql')).toBe('graphql');
    expect(routeOf('/socket.io/')).toBe('socket.io');
    expect(routeOf('/health/ready')).toBe('health');
    expect(routeOf('/metrics')).toBe('metrics');
    expect(routeOf('/accords/3f9a/export.md')).toBe('export');
  });

  it('files the web app’s pages and assets under web, anything else under other', () => {
    expect(routeOf('/')).toBe('web');
    expect(routeOf('/accords/3f9a/history')).toBe('web');
    expect(routeOf('/assets/index-abc.js')).toBe('web');
    expect(routeOf('/wp-login.php')).toBe('other');
  });
});
