package org.frontline.graphql;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.NoRepositoryBean;
import org.springframework.data.repository.Repository;

/**
 * A Spring Data repository that can only read. The import pipeline writes the tables; the API must never write
 * them, so its repositories offer no {@code save} or {@code delete} to call by mistake.
 */
@NoRepositoryBean
public interface ReadOnlyRepository<T, ID> extends Repository<T, ID> {

    Optional<T> findById(ID id);

    List<T> findAllById(Iterable<ID> ids);
}
