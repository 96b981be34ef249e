// Where the access token and the organization a delegate acts for are kept between visits.
const TOKEN_KEY = 'plenary.token';
const ACTING_FOR_KEY = 'plenary.actingFor';

type Listener = () => void;
const listeners = new Set<Listener>();

export const tokenStore = {
  get(): string | null {
    try {
      return localStorage.getItem(TOKEN_KEY);
    } catch {
      return null;
    }
  },
  set(token: string | null): void {
    try {
      if (token) localStorage.setItem(TOKEN_KEY, token);
      else localStorage.removeItem(TOKEN_KEY);
    } catch {
      // private mode: the session lasts as long as the tab
    }
    listeners.forEach((listener) => listener());
  },
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

export const actingForStore = {
  get(): string | null {
    try {
      return localStorage.getItem(ACTING_FOR_KEY);
    } catch {
      return null;
    }
  },
  set(organizationId: string | null): void {
    try {
      if (organizationId) localStorage.setItem(ACTING_FOR_KEY, organizationId);
      else localStorage.removeItem(ACTING_FOR_KEY);
    } catch {
      // ignore
    }
  },
};
