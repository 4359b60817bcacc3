/** The complaint journey's pages: the customer's rating by its secret link, and the ratings for team leads and process owners. */
package io.omnichannel.journeys.complaint.rating;
