package org.frontline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FurnitureLinesTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "This website uses cookies so that we can provide you with the best user experience possible.",
            "We use cookies and similar technologies. By clicking Accept you consent to their use.",
            "Accept all", "Reject all", "Manage cookie settings", "We value your privacy", "Privacy Policy"})
    void cookieBanners(String line) {
        assertThat(FurnitureLines.classify(line)).contains(Furniture.COOKIE_BANNER);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Advertisement", "- Advertisement -", "ADVERTISEMENT", "Sponsored content", "Ad",
            "Story continues below advertisement", "Scroll to Continue", "Continue reading the main story"})
    void advertisements(String line) {
        assertThat(FurnitureLines.classify(line)).contains(Furniture.ADVERTISEMENT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Related articles", "Related Articles", "Related", "Related: Kyiv says the corridor will reopen",
            "Read also: Why the front near Vuhledar has stalled", "READ MORE: Drone attack on Odesa port",
            "You may like", "You might also like", "More stories", "Most read", "Latest posts", "Trending now",
            "See also", "Don't miss"})
    void relatedLinks(String line) {
        assertThat(FurnitureLines.classify(line)).contains(Furniture.RELATED_LINKS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Leave a comment", "Leave a Reply", "Your email address will not be published.",
            "Your email address will not be published. Required fields are marked *", "Name*", "Email *",
            "Website", "Comment", "Post Comment", "Please enter your comment!", "Please enter your name here",
            "Save my name, email, and website in this browser for the next time I comment.", "12 Comments",
            "You have entered an incorrect email address!"})
    void commentForms(String line) {
        assertThat(FurnitureLines.classify(line)).contains(Furniture.COMMENT_FORM);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Skip to main content", "Menu", "Search", "Home", "Back to top", "Next article",
            "Stay Connected", "All News ›", "Home › World › Europe", "HomeWorldUkraine: Bridge near Kreminna hit...",
            "News » Europe » Ukraine", "Tags: war, shelling, bridges", "Print this article",
            "Our Standards: The Thomson Reuters Trust Principles."})
    void navigation(String line) {
        assertThat(FurnitureLines.classify(line)).contains(Furniture.NAVIGATION);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Share", "Share this article", "Share on Facebook", "Subscribe",
            "Subscribe to our newsletter", "Sign up for our daily briefing", "Follow us on Telegram",
            "Follow our live coverage of the war", "Join our Telegram channel", "Copy link"})
    void sharePrompts(String line) {
        assertThat(FurnitureLines.classify(line)).contains(Furniture.SHARE_PROMPT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Photo: Olena Shevchuk/AFP", "(Photo by Olena Shevchuk/AFP via Getty Images)",
            "Getty Images", "Image caption, Firefighters at the scene in Zaporizhzhia",
            "Image source, Getty Images", "REUTERS/Olena Shevchuk", "Photos by Ivan Lysenko",
            "Credit: State Emergency Service"})
    void credits(String line) {
        assertThat(FurnitureLines.classify(line)).contains(Furniture.CREDIT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Saturday, March 25, 2023", "Tuesday, April 4, 2023", "April 4, 2023 10:15 AM",
            "4 April 2023", "2023-04-04", "04.04.2023 10:15", "10:15", "Updated 14:05 GMT", "3 hours ago",
            "5 min read", "Published: 4 April 2023", "Updated: April 4, 2023, 14:05"})
    void timeStamps(String line) {
        assertThat(FurnitureLines.classify(line)).contains(Furniture.TIMESTAMP);
    }

    @ParameterizedTest
    @ValueSource(strings = {"By Petro Kovalenko", "BY PETRO KOVALENKO", "By Iryna Marchenko and Olena Shevchuk, AP",
            "Written by Andrii Bondar", "Reporting by Andrii Bondar; Editing by Jane Doe", "Author: Petro Kovalenko"})
    void bylines(String line) {
        assertThat(FurnitureLines.classify(line)).contains(Furniture.BYLINE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Read more on Foo Herald", "↯↯↯Read More On The Topic On Foo Herald↯↯↯",
            "This article originally appeared on Foo Herald", "© 2023 Foo Herald. All rights reserved.",
            "Source: Foo Agency"})
    void publisherTrailers(String line) {
        assertThat(FurnitureLines.classify(line)).contains(Furniture.PUBLISHER_TRAILER);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Ukrainian forces shelled a pontoon bridge near Kreminna on Tuesday, the governor said.",
            "Officials said they would share the intelligence with allies.",
            "“Home is where we will return,” said Iryna Marchenko, who fled Vovchansk in May.",
            "By nightfall the brigade had crossed the river.",
            "Photographs published on Telegram showed the damaged bridge.",
            "Source of the blast remained unclear, the police said.",
            "Related reports from Lyman could not be verified.",
            "March 2023 was the coldest month of the siege.",
            "Night of shelling",
            "Andrii Bondar"})
    void articleTextIsNotFurnitureByItself(String line) {
        assertThat(FurnitureLines.classify(line)).isEmpty();
    }
}
