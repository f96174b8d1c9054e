package org.frontline.importjob;

import java.nio.file.Path;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.frontline.ingest.ArticleMetadata;
import org.frontline.ingest.RawArticle;
import org.frontline.ingest.read.ArticleFormat;
import org.frontline.ingest.read.ArticleLocation;
import org.frontline.ingest.read.PlannedArticle;
import org.frontline.ingest.read.Rejection;
import org.frontline.ingest.read.ScanEntry;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Import jobs and their items in the database ({@code import_job}, {@code import_job_item}). */
@Repository
public class ImportJobStore {

    /** A job's state as stored, or INTERRUPTED when it says RUNNING but no process holds its lock. */
    private static final String STATE = """
            case when j.state = 'RUNNING' and not exists (
                select 1 from pg_locks l
                where l.locktype = 'advisory' and l.granted and l.classid = %d and l.objid = j.id and l.objsubid = 2)
            then 'INTERRUPTED' else j.state end""".formatted(ImportJobLocks.NAMESPACE);

    private static final String JOB_COLUMNS = "j.id, j.origin, j.paths, " + STATE
            + " as state, j.created_at, j.started_at, j.ended_at";

    private static final String ITEM_COLUMNS = "job_id, seq, path, line, file_name, state, reason, source_id";

    /** The columns of a scanned item's row (its state comes twice: it also decides {@code finished_at}). */
    private static final int[] SCANNED_ROW_TYPES = {Types.BIGINT, Types.INTEGER, Types.VARCHAR, Types.INTEGER,
            Types.BIGINT, Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
            Types.VARCHAR, Types.DATE, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR};

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;

    public ImportJobStore(JdbcClient jdbc, JdbcTemplate jdbcTemplate) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
    }

    /** @param inline articles sent with the request, stored as the job's first items */
    @Transactional
    public long create(ImportJobOrigin origin, List<Path> paths, List<RawArticle> inline) {
        long id = jdbc.sql("insert into import_job (origin, paths) values (:origin, cast(:paths as text[])) returning id")
                .param("origin", origin.name())
                .param("paths", paths.stream().map(Path::toString).toArray(String[]::new))
                .query(Long.class).single();
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < inline.size(); i++) {
            RawArticle article = inline.get(i);
            rows.add(inlineRow(id, i + 1, article.text(), article.collection(), article.fileName(), article.metadata()));
        }
        jdbcTemplate.batchUpdate("""
                insert into import_job_item (job_id, seq, inline_text, collection, file_name, url, title, publisher,
                    author, published_on, language)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
        return id;
    }

    public Optional<ImportJob> find(long id) {
        return jdbc.sql("select " + JOB_COLUMNS + " from import_job j where j.id = :id").param("id", id)
                .query(ImportJobStore::job).optional();
    }

    /** @return jobs newest first, after the one with the given id (null: from the newest) */
    public List<ImportJob> newestFirst(Long beforeId, int limit) {
        return jdbc.sql("select " + JOB_COLUMNS + " from import_job j where (cast(:before as bigint) is null "
                        + "or j.id < :before) order by j.id desc limit :limit")
                .param("before", beforeId, Types.BIGINT).param("limit", limit)
                .query(ImportJobStore::job).list();
    }

    public int countJobs() {
        return jdbc.sql("select count(*) from import_job").query(Integer.class).single();
    }

    /** @return the last job of this origin over exactly these paths */
    public Optional<ImportJob> latest(ImportJobOrigin origin, List<Path> paths) {
        return jdbc.sql("select " + JOB_COLUMNS + " from import_job j where j.origin = :origin "
                        + "and j.paths = cast(:paths as text[]) order by j.id desc limit 1")
                .param("origin", origin.name())
                .param("paths", paths.stream().map(Path::toString).toArray(String[]::new))
                .query(ImportJobStore::job).optional();
    }

    /** @return whether the record has any source at all */
    public boolean hasSources() {
        return jdbc.sql("select exists (select 1 from source)").query(Boolean.class).single();
    }

    public List<Path> paths(long jobId) {
        return jdbc.sql("select paths from import_job where id = :id").param("id", jobId)
                .query((rs, row) -> Arrays.stream(strings(rs.getArray(1))).map(Path::of).toList()).single();
    }

    /** @return false when the job was planned already (by an earlier run of it) */
    public boolean markPlanned(long jobId) {
        return jdbc.sql("update import_job set planned = true where id = :id and not planned").param("id", jobId)
                .update() == 1;
    }

    /** Adds what a scan found as the job's next items. */
    public void addScanned(long jobId, List<ScanEntry> entries) {
        int first = jdbc.sql("select coalesce(max(seq), 0) + 1 from import_job_item where job_id = :id")
                .param("id", jobId).query(Integer.class).single();
        List<Object[]> rows = new ArrayList<>();
        int seq = first;
        for (ScanEntry entry : entries) {
            rows.add(entry instanceof PlannedArticle planned ? plannedRow(jobId, seq++, planned)
                    : rejectedRow(jobId, seq++, (Rejection) entry));
        }
        jdbcTemplate.batchUpdate("""
                insert into import_job_item (job_id, seq, path, line, byte_offset, byte_length, collection, file_name,
                    url, title, publisher, author, published_on, language, state, reason, finished_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
                    case when cast(? as text) = 'PENDING' then null else now() end)""", rows, SCANNED_ROW_TYPES);
    }

    private static Object[] plannedRow(long jobId, int seq, PlannedArticle planned) {
        Long offset = null;
        Long length = null;
        if (planned.location() instanceof ArticleLocation.JsonRecord record) {
            offset = record.byteOffset();
            length = record.byteLength();
        }
        ArticleMetadata metadata = planned.metadata();
        return new Object[] {jobId, seq, planned.file().toString(), planned.line(), offset, length,
                planned.collection(), planned.fileName(), metadata.url(), metadata.title(), metadata.publisher(),
                metadata.author(), metadata.publishedOn(), metadata.language(), ImportItemState.PENDING.name(), null,
                ImportItemState.PENDING.name()};
    }

    private static Object[] rejectedRow(long jobId, int seq, Rejection rejection) {
        return new Object[] {jobId, seq, rejection.file().toString(), rejection.line(), null, null, null, null, null,
                null, null, null, null, null, ImportItemState.REJECTED.name(), rejection.reason(),
                ImportItemState.REJECTED.name()};
    }

    private static Object[] inlineRow(long jobId, int seq, String text, String collection, String fileName,
            ArticleMetadata metadata) {
        return new Object[] {jobId, seq, text, collection, fileName, metadata.url(), metadata.title(),
                metadata.publisher(), metadata.author(), metadata.publishedOn(), metadata.language()};
    }

    /** @return the partition's pending items after {@code afterSeq}, in order */
    public List<PendingItem> pending(long jobId, int partition, int partitions, int afterSeq, int limit) {
        return jdbc.sql("""
                        select job_id, seq, path, line, byte_offset, byte_length, inline_text, collection, file_name,
                            url, title, publisher, author, published_on, language, state, reason, source_id
                        from import_job_item
                        where job_id = :job and state = 'PENDING' and seq % :partitions = :partition and seq > :after
                        order by seq limit :limit""")
                .param("job", jobId).param("partitions", partitions).param("partition", partition)
                .param("after", afterSeq).param("limit", limit)
                .query(ImportJobStore::pendingItem).list();
    }

    /** Records what happened to a pending item; @return false when the item was not pending (then nothing changes) */
    public boolean finish(ImportItem item) {
        return jdbc.sql("""
                        update import_job_item set state = :state, reason = :reason, source_id = :source,
                            finished_at = now()
                        where job_id = :job and seq = :seq and state = 'PENDING'""")
                .param("state", item.state().name()).param("reason", item.reason())
                .param("source", item.sourceId(), Types.BIGINT)
                .param("job", item.jobId()).param("seq", item.seq())
                .update() == 1;
    }

    public ImportCounts counts(long jobId) {
        return counts(List.of(jobId)).getOrDefault(jobId, ImportCounts.NONE);
    }

    /** @return the counts of each job with items; jobs without any are missing */
    public Map<Long, ImportCounts> counts(Collection<Long> jobIds) {
        Map<Long, ImportCounts> counts = new HashMap<>();
        jdbc.sql("""
                        select job_id, count(*),
                            count(*) filter (where state <> 'PENDING'),
                            count(*) filter (where state = 'IMPORTED'),
                            count(*) filter (where state = 'UNCHANGED'),
                            count(*) filter (where state = 'REPLACED'),
                            count(*) filter (where state = 'REJECTED'),
                            count(*) filter (where state = 'FAILED')
                        from import_job_item where job_id = any(:jobs) group by job_id""")
                .param("jobs", jobIds.toArray(Long[]::new))
                .query(rs -> {
                    counts.put(rs.getLong(1), new ImportCounts(rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5),
                            rs.getInt(6), rs.getInt(7), rs.getInt(8)));
                });
        return counts;
    }

    /** @return the job's items after {@code afterSeq} in order, only those in {@code state} when it is given */
    public List<ImportItem> items(long jobId, ImportItemState state, int afterSeq, int limit) {
        return jdbc.sql("select " + ITEM_COLUMNS + " from import_job_item where job_id = :job "
                        + "and (cast(:state as text) is null or state = :state) and seq > :after order by seq limit :limit")
                .param("job", jobId).param("state", state == null ? null : state.name(), Types.VARCHAR)
                .param("after", afterSeq).param("limit", limit)
                .query(ImportJobStore::item).list();
    }

    public int countItems(long jobId, ImportItemState state) {
        return jdbc.sql("select count(*) from import_job_item where job_id = :job "
                        + "and (cast(:state as text) is null or state = :state)")
                .param("job", jobId).param("state", state == null ? null : state.name(), Types.VARCHAR)
                .query(Integer.class).single();
    }

    void started(long jobId) {
        jdbc.sql("update import_job set state = 'RUNNING', started_at = coalesce(started_at, now()), ended_at = null "
                + "where id = :id").param("id", jobId).update();
    }

    void ended(long jobId, ImportJobState state) {
        jdbc.sql("update import_job set state = :state, ended_at = now() where id = :id")
                .param("state", state.name()).param("id", jobId).update();
    }

    private static ImportJob job(ResultSet rs, int row) throws SQLException {
        return new ImportJob(rs.getLong("id"), ImportJobOrigin.valueOf(rs.getString("origin")),
                List.of(strings(rs.getArray("paths"))), ImportJobState.valueOf(rs.getString("state")),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("started_at", OffsetDateTime.class),
                rs.getObject("ended_at", OffsetDateTime.class));
    }

    private static ImportItem item(ResultSet rs, int row) throws SQLException {
        return new ImportItem(rs.getLong("job_id"), rs.getInt("seq"), rs.getString("path"),
                rs.getObject("line", Integer.class), rs.getString("file_name"),
                ImportItemState.valueOf(rs.getString("state")), rs.getString("reason"),
                rs.getObject("source_id", Long.class));
    }

    private static PendingItem pendingItem(ResultSet rs, int row) throws SQLException {
        ImportItem item = item(rs, row);
        ArticleMetadata metadata = new ArticleMetadata(rs.getString("url"), rs.getString("title"),
                rs.getString("publisher"), rs.getString("author"), rs.getObject("published_on", LocalDate.class),
                rs.getString("language"));
        String collection = rs.getString("collection");
        if (item.path() == null) {
            return new PendingItem(item, null,
                    new RawArticle(item.fileName(), collection, rs.getString("inline_text"), metadata));
        }
        Path file = Path.of(item.path());
        Long offset = rs.getObject("byte_offset", Long.class);
        ArticleLocation location = offset == null
                ? new ArticleLocation.WholeFile(file, ArticleFormat.of(file).orElseThrow())
                : new ArticleLocation.JsonRecord(file, item.line(), offset, rs.getLong("byte_length"));
        return new PendingItem(item, new PlannedArticle(location, collection, item.fileName(), metadata), null);
    }

    private static String[] strings(Array array) throws SQLException {
        return array == null ? new String[0] : (String[]) array.getArray();
    }
}
