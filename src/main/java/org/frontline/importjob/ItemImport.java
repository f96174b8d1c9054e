package org.frontline.importjob;

import org.frontline.ingest.read.ArticleLoader;
import org.frontline.ingest.read.ReadArticle;
import org.frontline.ingest.read.ReadResult;
import org.frontline.ingest.read.Rejection;
import org.frontline.storage.StoreOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports one item of a job as one unit of work: the article is read from disk, then imported and its item marked
 * done in one transaction of its own, so a crash leaves either both or neither and a resumed job reads exactly the
 * unfinished items again. A rejected article leaves nothing behind but its item's reason.
 *
 * <p>Problems of one article (the pipeline refusing it or failing on it) are recorded on its item and the job goes
 * on. Problems of the job itself (the database gone) stop it, to be resumed.
 */
class ItemImport implements ItemProcessor<PendingItem, ImportItem> {

    private static final Logger log = LoggerFactory.getLogger(ItemImport.class);

    /** Two jobs storing the same new place or person at once: the loser of the race tries again and finds it. */
    private static final int ATTEMPTS = 3;

    private final ArticleLoader loader;
    private final ArticleImporter importer;
    private final ImportJobStore store;
    private final ImportProgress progress;
    private final TransactionTemplate ownTransaction;

    ItemImport(ArticleLoader loader, ArticleImporter importer, ImportJobStore store, ImportProgress progress,
            PlatformTransactionManager transactionManager) {
        this.loader = loader;
        this.importer = importer;
        this.store = store;
        this.progress = progress;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public ImportItem process(PendingItem pending) {
        ImportItem item = pending.item();
        ReadResult read = pending.read(loader);
        ImportItem finished = read instanceof ReadArticle article
                ? importArticle(item, article)
                : record(item.finished(ImportItemState.REJECTED, ((Rejection) read).reason(), null));
        progress.finished(finished);
        return finished;
    }

    private ImportItem importArticle(ImportItem item, ReadArticle article) {
        for (int attempt = 1; ; attempt++) {
            try {
                return ownTransaction.execute(status -> {
                    StoreOutcome outcome = importer.importArticle(article.article());
                    ImportItem imported = item.finished(ImportItemState.of(outcome.status()), null,
                            outcome.sourceId());
                    store.finish(imported);
                    return imported;
                });
            } catch (RejectedArticleException e) {
                return record(item.finished(ImportItemState.REJECTED, e.getMessage(), null));
            } catch (ConcurrencyFailureException | DataIntegrityViolationException e) {
                if (attempt == ATTEMPTS) {
                    return failed(item, e);
                }
                log.debug("Import of {} collided with another transaction, trying again", item.location(), e);
            } catch (TransactionException | DataAccessResourceFailureException | RecoverableDataAccessException e) {
                throw e;
            } catch (RuntimeException e) {
                return failed(item, e);
            }
        }
    }

    private ImportItem failed(ImportItem item, RuntimeException e) {
        log.error("Import of {} failed", item.location(), e);
        return record(item.finished(ImportItemState.FAILED, "import failed: " + e, null));
    }

    private ImportItem record(ImportItem finished) {
        ownTransaction.executeWithoutResult(status -> store.finish(finished));
        return finished;
    }
}
