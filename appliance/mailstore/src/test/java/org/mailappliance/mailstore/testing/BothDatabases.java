package org.mailappliance.mailstore.testing;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;
import org.mailappliance.mailstore.db.DatabaseKind;

/** Runs each {@link StoreTest} once per database product, each time with a fresh {@link TestBackend}. */
final class BothDatabases implements TestTemplateInvocationContextProvider {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BothDatabases.class);

    @Override
    public boolean supportsTestTemplate(ExtensionContext context) {
        return true;
    }

    @Override
    public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
        return Stream.of(DatabaseKind.H2, DatabaseKind.POSTGRESQL).map(BothDatabases::invocation);
    }

    private static TestTemplateInvocationContext invocation(DatabaseKind kind) {
        return new TestTemplateInvocationContext() {
            @Override
            public String getDisplayName(int invocationIndex) {
                return kind.name();
            }

            @Override
            public List<Extension> getAdditionalExtensions() {
                return List.of(new BackendResolver(kind));
            }
        };
    }

    private record BackendResolver(DatabaseKind kind) implements ParameterResolver {
        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == TestBackend.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            // stored in the invocation's context, so JUnit closes it (drops the database) when the test ends
            return context.getStore(NAMESPACE)
                    .getOrComputeIfAbsent(TestBackend.class, k -> TestBackend.create(kind), TestBackend.class);
        }
    }
}
