package org.frontline.graphql;

import graphql.ExecutionResult;
import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;

/**
 * Refuses, before anything runs, an operation that nests deeper or uses more aliases than {@link GraphQlLimits}
 * allow. Depth stops cyclic queries (place → events → places → ...) from exploding; the alias count stops one
 * request from asking the same expensive field many times over. Both are counted on the operation as executed, with
 * fragments expanded, in one walk over it.
 */
class OperationLimitsInstrumentation extends SimplePerformantInstrumentation {

    private final int maxDepth;
    private final int maxAliases;

    OperationLimitsInstrumentation(GraphQlLimits limits) {
        this.maxDepth = limits.maxDepth();
        this.maxAliases = limits.maxAliases();
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        Shape shape = traverser(parameters.getExecutionContext())
                .reducePreOrder((field, shapeSoFar) -> shapeSoFar.with(field), new Shape(0, 0));
        if (shape.depth() > maxDepth) {
            throw new AbortExecutionException("The operation nests fields %d levels deep; at most %d are allowed."
                    .formatted(shape.depth(), maxDepth));
        }
        if (shape.aliases() > maxAliases) {
            throw new AbortExecutionException("The operation uses %d aliases; at most %d are allowed."
                    .formatted(shape.aliases(), maxAliases));
        }
        return super.beginExecuteOperation(parameters, state);
    }

    private static QueryTraverser traverser(ExecutionContext context) {
        return QueryTraverser.newQueryTraverser()
                .schema(context.getGraphQLSchema())
                .document(context.getDocument())
                .operationName(context.getExecutionInput().getOperationName())
                .coercedVariables(context.getCoercedVariables())
                .build();
    }

    /** The deepest field seen so far (a top-level field has depth 1) and the number of aliased fields. */
    private record Shape(int depth, int aliases) {

        Shape with(QueryVisitorFieldEnvironment field) {
            int fieldDepth = 0;
            for (QueryVisitorFieldEnvironment level = field; level != null; level = level.getParentEnvironment()) {
                fieldDepth++;
            }
            return new Shape(Math.max(depth, fieldDepth), aliases + (field.getField().getAlias() == null ? 0 : 1));
        }
    }
}
