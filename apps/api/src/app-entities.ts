import type { DynamicModule, ForwardReference, Type } from '@nestjs/common';
import { MODULE_METADATA } from '@nestjs/common/constants.js';
import type { EntitySchema } from 'typeorm';
import { FEATURE_MODULES } from './app.module.js';

type Entity = Type | EntitySchema;
type ModuleRef = Type | DynamicModule | Promise<DynamicModule> | ForwardReference;

/**
 * The entities the app's modules register with `TypeOrmModule.forFeature`, found by walking
 * their imports: what `autoLoadEntities` gives the running app, for tools that have no Nest
 * container (the migration generator). A repository provider made by `forFeature` carries its
 * entity's table arguments as `targetEntitySchema`.
 */
export function appEntities(): Entity[] {
  const entities = new Set<Entity>();
  const seen = new Set<unknown>();
  const visit = (ref: ModuleRef | undefined): void => {
    if (!ref || ref instanceof Promise || seen.has(ref)) return; // no async modules register any
    if ('forwardRef' in ref) return visit((ref.forwardRef as () => ModuleRef)());
    seen.add(ref);
    const dynamic = 'module' in ref ? ref : undefined;
    const type = dynamic ? dynamic.module : (ref as Type);
    const imports: ModuleRef[] = [
      ...((Reflect.getMetadata(MODULE_METADATA.IMPORTS, type) as ModuleRef[] | undefined) ?? []),
      ...(dynamic?.imports ?? []),
    ];
    for (const provider of dynamic?.providers ?? []) {
      const schema = (provider as { targetEntitySchema?: { target?: unknown } }).targetEntitySchema;
      if (typeof schema?.target === 'function') entities.add(schema.target as Type);
    }
    for (const imported of imports) visit(imported);
  };
  for (const module of FEATURE_MODULES) visit(module);
  return [...entities];
}
