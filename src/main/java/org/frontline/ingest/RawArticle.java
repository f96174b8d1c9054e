package org.frontline.ingest;

/**
 * One article as read from a file, a JSON record or a GraphQL request, before any cleaning.
 *
 * @param fileName   the file's name (for a JSON record: the file name and line), shown as Source.fileName
 * @param collection the folder or upload it came from; with the file name it identifies an edited re-import
 * @param text       the article's text exactly as read; every offset the pipeline produces points into it
 * @param metadata   what the manifest or the record says (never inferred)
 */
public record RawArticle(String fileName, String collection, String text, ArticleMetadata metadata) {
}
