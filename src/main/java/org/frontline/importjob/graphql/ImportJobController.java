package org.frontline.importjob.graphql;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.frontline.graphql.GlobalId;
import org.frontline.graphql.InvalidArgumentException;
import org.frontline.graphql.NodeLookup;
import org.frontline.importjob.ImportCounts;
import org.frontline.importjob.ImportItem;
import org.frontline.importjob.ImportItemState;
import org.frontline.importjob.ImportJob;
import org.frontline.importjob.ImportJobOrigin;
import org.frontline.importjob.ImportJobState;
import org.frontline.importjob.ImportJobStore;
import org.frontline.importjob.ImportJobs;
import org.frontline.ingest.ArticleMetadata;
import org.frontline.ingest.RawArticle;
import org.frontline.ingest.read.PublishedDate;
import org.frontline.paging.Connection;
import org.frontline.paging.Cursor;
import org.frontline.paging.Edge;
import org.frontline.paging.Ordering;
import org.frontline.paging.PageInfo;
import org.frontline.paging.PageRequest;
import org.frontline.source.Source;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

/**
 * Import jobs in the API: {@code importArticles} and {@code resumeImportJob} start jobs in the background (the admin
 * token guards them, as every mutation); {@code importJob} and {@code importJobs} follow them.
 */
@Controller
class ImportJobController {

    static final String TYPE = "ImportJob";

    private static final Ordering NEWEST_FIRST = new Ordering("importJobs", Ordering.SortKey.NONE,
            Ordering.Direction.DESC);
    private static final Ordering IN_ORDER = Ordering.byId("importItems");
    private static final Duration PROGRESS_INTERVAL = Duration.ofSeconds(1);

    private final ImportJobs jobs;
    private final ImportJobStore store;
    private final NodeLookup nodes;

    ImportJobController(ImportJobs jobs, ImportJobStore store, NodeLookup nodes) {
        this.jobs = jobs;
        this.store = store;
        this.nodes = nodes;
    }

    @MutationMapping
    ImportArticlesPayload importArticles(@Argument ImportArticlesInput input) {
        List<String> paths = input.paths() == null ? List.of() : input.paths();
        List<ArticleInput> articles = input.articles() == null ? List.of() : input.articles();
        if (paths.isEmpty() && articles.isEmpty()) {
            throw new InvalidArgumentException("Give 'paths' to import, 'articles', or both.");
        }
        String collection = input.collection() == null || input.collection().isBlank()
                ? ImportArticlesInput.DEFAULT_COLLECTION : input.collection().strip();
        List<RawArticle> inline = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            inline.add(rawArticle(articles.get(i), collection, i));
        }
        long id = jobs.create(ImportJobOrigin.GRAPHQL, paths.stream().map(Path::of).toList(), inline);
        jobs.runInBackground(id);
        return new ImportArticlesPayload(store.find(id).orElseThrow());
    }

    @MutationMapping
    ImportArticlesPayload resumeImportJob(@Argument String id) {
        ImportJob job = store.find(jobId(id)).orElseThrow(() -> new InvalidArgumentException(
                "Argument 'id' names no import job: '%s'.".formatted(id)));
        if (!job.state().resumable()) {
            throw new InvalidArgumentException("Import job %s is %s: there is nothing to resume."
                    .formatted(id, job.state()));
        }
        jobs.runInBackground(job.id());
        return new ImportArticlesPayload(job);
    }

    @QueryMapping
    ImportJob importJob(@Argument String id) {
        return store.find(jobId(id)).orElse(null);
    }

    @QueryMapping
    Connection<ImportJob> importJobs(@Argument Integer first, @Argument String after) {
        PageRequest page = PageRequest.of(first, after, NEWEST_FIRST);
        List<ImportJob> found = store.newestFirst(page.after() == null ? null : page.after().id(), page.first() + 1);
        return connection(found, page, store.countJobs(), job -> new Cursor(job.id(), null).encode(NEWEST_FIRST));
    }

    /** Looks at the job every second: simple, and it follows a job whichever process runs it. */
    @SubscriptionMapping
    Flux<ImportJob> importJobProgress(@Argument String id) {
        long jobId = jobId(id);
        ImportJob now = store.find(jobId).orElseThrow(() -> new InvalidArgumentException(
                "Argument 'id' names no import job: '%s'.".formatted(id)));
        return Flux.interval(Duration.ZERO, PROGRESS_INTERVAL, Schedulers.boundedElastic())
                .map(tick -> new Progress(store.find(jobId).orElse(now), store.counts(jobId)))
                .distinctUntilChanged()
                .takeUntil(progress -> progress.job().state() != ImportJobState.QUEUED
                        && progress.job().state() != ImportJobState.RUNNING)
                .map(Progress::job);
    }

    /** What a subscriber sees change. */
    private record Progress(ImportJob job, ImportCounts counts) {
    }

    @SchemaMapping(typeName = TYPE)
    String id(ImportJob job) {
        return new GlobalId(TYPE, job.id()).encode();
    }

    @BatchMapping(typeName = TYPE)
    Map<ImportJob, ImportCounts> counts(List<ImportJob> importJobs) {
        Map<Long, ImportCounts> counts = store.counts(importJobs.stream().map(ImportJob::id).toList());
        return importJobs.stream().collect(Collectors.toMap(Function.identity(),
                job -> counts.getOrDefault(job.id(), ImportCounts.NONE), (a, b) -> a));
    }

    @SchemaMapping(typeName = TYPE)
    Connection<ImportItem> items(ImportJob job, @Argument Integer first, @Argument String after,
            @Argument ImportItemState state) {
        PageRequest page = PageRequest.of(first, after, IN_ORDER);
        int afterSeq = page.after() == null ? 0 : Math.toIntExact(page.after().id());
        List<ImportItem> found = store.items(job.id(), state, afterSeq, page.first() + 1);
        return connection(found, page, store.countItems(job.id(), state),
                item -> new Cursor(item.seq(), null).encode(IN_ORDER));
    }

    @SchemaMapping(typeName = "ImportItem")
    String file(ImportItem item) {
        return item.path() != null ? item.path() : item.location();
    }

    @BatchMapping(typeName = "ImportItem")
    Map<ImportItem, Source> source(List<ImportItem> items) {
        List<Long> ids = items.stream().map(ImportItem::sourceId).filter(Objects::nonNull).distinct().toList();
        Map<Long, Source> sources = ids.isEmpty() ? Map.of() : nodes.findAll("Source", ids).stream()
                .map(Source.class::cast).collect(Collectors.toMap(Source::getId, Function.identity()));
        return items.stream().filter(item -> sources.containsKey(item.sourceId()))
                .collect(Collectors.toMap(Function.identity(), item -> sources.get(item.sourceId()), (a, b) -> a));
    }

    private static long jobId(String id) {
        return GlobalId.decode(id, "id", TYPE);
    }

    private static RawArticle rawArticle(ArticleInput article, String collection, int index) {
        LocalDate published = null;
        if (article.published() != null && !article.published().isBlank()) {
            try {
                published = PublishedDate.parse(article.published().strip());
            } catch (DateTimeException e) {
                throw new InvalidArgumentException("Article %d: 'published' is '%s', %s.".formatted(index + 1,
                        article.published(), PublishedDate.EXPECTED));
            }
        }
        return new RawArticle(blankToNull(article.fileName()), collection, article.text(),
                new ArticleMetadata(blankToNull(article.url()), blankToNull(article.title()),
                        blankToNull(article.publisher()), blankToNull(article.author()), published,
                        blankToNull(article.language())));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A page from {@code found}, which holds one item more than asked when more follow. */
    private static <T> Connection<T> connection(List<T> found, PageRequest page, int totalCount,
            Function<T, String> cursor) {
        List<Edge<T>> edges = found.stream().limit(page.first()).map(item -> new Edge<>(cursor.apply(item), item))
                .toList();
        PageInfo info = new PageInfo(found.size() > page.first(), page.after() != null,
                edges.isEmpty() ? null : edges.get(0).cursor(), edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor());
        return new Connection<>(edges, info, totalCount);
    }
}
