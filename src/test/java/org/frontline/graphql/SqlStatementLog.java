package org.frontline.graphql;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Role;

/**
 * Records every SQL statement the application runs, through a datasource-proxy wrapper around its DataSource. Import
 * {@link Configuration} into a test to count the statements of a request.
 */
public class SqlStatementLog implements QueryExecutionListener {

    private final List<String> statements = new CopyOnWriteArrayList<>();

    @Override
    public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {
    }

    @Override
    public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
        queries.forEach(query -> statements.add(query.getQuery()));
    }

    public void clear() {
        statements.clear();
    }

    public List<String> statements() {
        return List.copyOf(statements);
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        @Bean
        @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
        static SqlStatementLog sqlStatementLog() {
            return new SqlStatementLog();
        }

        @Bean
        static BeanPostProcessor countingDataSource(SqlStatementLog log) {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    if (bean instanceof DataSource dataSource) {
                        return ProxyDataSourceBuilder.create(dataSource).name(beanName).listener(log).build();
                    }
                    return bean;
                }
            };
        }
    }
}
