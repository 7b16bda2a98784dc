"""Pages of results with ``next`` and ``previous`` links.

Numbered pages rather than cursors: the program list orders by search rank
when searching, which a cursor cannot follow, and a page number reads the
same as on the public list. Every list orders by a unique last key, so a
page holds the same items from one request to the next.
"""

from urllib.parse import urlencode

from django.core.paginator import Paginator

from .errors import ApiError
from .filters import DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, Checked


def paginate(request, queryset, serializer_class, context: dict, parameters) -> dict:
    """One page of ``queryset`` as ``{"count", "next", "previous", "results"}``.

    ``parameters`` are the query parameters the endpoint reads: the links keep
    them and drop anything else.
    """
    checked = Checked(request)
    number = checked.integer("page", 1, 10**6, default=1)
    size = checked.integer("page_size", 1, MAX_PAGE_SIZE, default=DEFAULT_PAGE_SIZE)
    checked.done()
    paginator = Paginator(queryset, size)
    if number > max(paginator.num_pages, 1):
        raise ApiError(
            404,
            "page_not_found",
            f"There is no page {number}; the last is {paginator.num_pages}.",
            {"page": [str(number)]},
        )
    page = paginator.page(number) if paginator.count else None
    items = list(page.object_list) if page else []
    return {
        "count": paginator.count,
        "next": _link(request, parameters, page.next_page_number())
        if page and page.has_next()
        else None,
        "previous": _link(request, parameters, page.previous_page_number())
        if page and page.has_previous()
        else None,
        "results": serializer_class(items, many=True, context=context).data,
    }


def _link(request, parameters, number: int) -> str:
    kept = [
        (name, value)
        for name in parameters
        if name != "page"
        for value in request.GET.getlist(name)[:1]
    ]
    query = urlencode([*kept, ("page", number)] if number > 1 else kept)
    return request.build_absolute_uri(request.path + ("?" + query if query else ""))
