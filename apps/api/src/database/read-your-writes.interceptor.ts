import {
  type CallHandler,
  type ExecutionContext,
  Injectable,
  type NestInterceptor,
} from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { type GraphQLResolveInfo, OperationTypeNode } from 'graphql';
import { concatMap, type Observable } from 'rxjs';
import type { GraphqlContext } from '../common/graphql/graphql-context.js';
import { ReadReplica } from './read-replica.js';

/**
 * Read-your-writes for every mutation, in one place: once a mutation's use case has run (and
 * before the fields of its answer are read, which may read history), the caller's next reads
 * wait for the read replica to hold what it wrote (ReadReplica.wrote). A mutation that wrote
 * nothing costs a fence all the same; without DATABASE_READ_URL it costs nothing.
 */
@Injectable()
export class ReadYourWritesInterceptor implements NestInterceptor {
  constructor(private readonly replica: ReadReplica) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType<string>() !== 'graphql') return next.handle();
    const gql = GqlExecutionContext.create(context);
    if (gql.getInfo<GraphQLResolveInfo>().operation.operation !== OperationTypeNode.MUTATION)
      return next.handle();
    const callerId = gql.getContext<GraphqlContext>().user?.userId ?? null;
    return next.handle().pipe(
      concatMap(async (answer: unknown) => {
        await this.replica.wrote([callerId]);
        return answer;
      }),
    );
  }
}
