"""The baseline for the benchmarks: the cheapest response Django can give.

Mounted only when ``BENCHMARK_ENDPOINTS`` is on, so production never serves it.
Every page's throughput is reported as a ratio to this one, measured in the
same run, which cancels out the machine's speed.
"""

from django.http import HttpResponse


def hello_world(request):
    return HttpResponse(b"Hello, world", content_type="text/plain")
